namespace ProcurementKit.Tests.Support;

/// <summary>The Word templates made as municipalities make them (Fixtures/templates/make-templates.py says how each was made).</summary>
internal static class TemplateFixtures
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "ProcurementKit.Core.Tests", "Fixtures", "templates");

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Folder, name));

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder).Where(f => !f.EndsWith(".py", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }
}
