using ProcurementKit.Tests.Support;
using ProcurementKit.Workflow;

namespace ProcurementKit.Tests.Oscal;

/// <summary>An example tender prepared against the shipped catalog, as the CLI's oscal profile command does it.</summary>
internal static class OscalExamples
{
    public static PreparedTender Prepare(string example, string? language = null)
    {
        var path = Path.Combine(RepositoryPaths.Examples, example);
        using var stream = File.OpenRead(path);
        var prepared = TenderWorkflow.Prepare(ShippedCatalog.Catalog, stream, path, language);
        prepared.Value.ShouldNotBeNull(string.Join("\n", prepared.Problems));
        return prepared.Value;
    }
}
