using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ProcurementKit.Web.Tests.Support;

/// <summary>The web app serving the catalog of a temporary git repository (<c>--catalog</c>), on real Kestrel.</summary>
public sealed class CatalogServer : IDisposable
{
    private readonly CatalogRepository _repository = new();
    private readonly WebApplicationFactory<Program> _factory;

    public CatalogServer()
    {
        _factory = new CatalogFactory(_repository.Catalog);
        _factory.UseKestrel(0);
        _factory.StartServer();
        Address = new Uri(_factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public Uri Address { get; }

    internal CatalogRepository Repository => _repository;

    public HttpClient Client() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = Address });

    public void Dispose()
    {
        _factory.Dispose();
        _repository.Dispose();
    }

    private sealed class CatalogFactory(string catalog) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseSetting("catalog", catalog);
    }
}
