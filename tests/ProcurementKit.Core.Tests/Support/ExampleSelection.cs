using ProcurementKit.Selection;
using ProcurementKit.Tenders;

namespace ProcurementKit.Tests.Support;

/// <summary>The selection of an example tender against the shipped catalog, as compose makes it.</summary>
internal static class ExampleSelection
{
    public static TenderSelection For(string exampleFile)
    {
        var path = Path.Combine(RepositoryPaths.Examples, exampleFile);
        using var stream = File.OpenRead(path);
        var tender = TenderReader.Read(stream, path, ShippedCatalog.Catalog);
        tender.Errors.ShouldBeEmpty();
        var selection = SelectionEngine.Select(ShippedCatalog.Catalog, tender.Tender!, path);
        selection.Errors.ShouldBeEmpty();
        return selection.Selection!;
    }

    public static byte[] Render(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }
}
