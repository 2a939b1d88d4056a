using ProcurementKit.Hosting;

namespace ProcurementKit.Web.Library;

/// <summary>
/// The git history of the folder the served catalog was read from (<c>--catalog DIR</c>, or the shipped copy beside
/// the server, which has none). Looked up per request, so a new commit or tag shows without a restart.
/// </summary>
public sealed class ServedCatalogHistory(IConfiguration configuration)
{
    public string Folder { get; } = Path.GetFullPath(configuration["catalog"] ?? Path.Combine(AppContext.BaseDirectory, "requirements-catalog"));

    public CatalogHistory? Read() => Directory.Exists(Folder) ? CatalogHistory.Of(Folder) : null;
}
