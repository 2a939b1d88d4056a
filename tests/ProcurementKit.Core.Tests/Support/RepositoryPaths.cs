namespace ProcurementKit.Tests.Support;

/// <summary>Finds the repository root from the test's output folder, so tests can read the shipped catalog and examples.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Catalog => Path.Combine(Root, "requirements-catalog");

    public static string Examples => Path.Combine(Root, "examples");

    public static string TenderTemplates => Path.Combine(Root, "tender-templates");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ProcurementKit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ProcurementKit.sln not found above the test folder");
    }
}
