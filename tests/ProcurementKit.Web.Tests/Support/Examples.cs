using System.Net.Http.Headers;
using ProcurementKit.Tests.Support;
using ProcurementKit.Workflow;

namespace ProcurementKit.Web.Tests.Support;

/// <summary>The shipped example tenders, and what the core composes from them (what the CLI writes).</summary>
internal static class Examples
{
    public static string Path(string name) => System.IO.Path.Combine(RepositoryPaths.Examples, name);

    public static MultipartFormDataContent Upload(string field, string fileName, byte[] content, IReadOnlyDictionary<string, string> fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(file, field, fileName);
        return form;
    }

    /// <summary>The tender as the core reads and selects it, with the shipped catalog.</summary>
    public static PreparedTender Prepared(string tenderJson)
    {
        using var input = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(tenderJson));
        return TenderWorkflow.Prepare(ShippedCatalog.Catalog, input, "tender.json").Value!;
    }

    /// <summary>A document as compose writes it for this tender text, with the shipped catalog and prose.</summary>
    public static byte[] Composed(string tenderJson, string document)
    {
        var catalog = ShippedCatalog.Catalog;
        using var input = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(tenderJson));
        var prepared = TenderWorkflow.Prepare(catalog, input, "tender.json").Value!;
        var prose = ExampleTenders.Templates(prepared.Language);
        var writer = TenderWorkflow.Compose(prepared, prose).Single(d => d.Name == document);
        using var output = new MemoryStream();
        writer.Write(output, CancellationToken.None);
        return output.ToArray();
    }
}
