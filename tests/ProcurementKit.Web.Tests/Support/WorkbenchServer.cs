using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ProcurementKit.Web.Tests.Support;

/// <summary>
/// The web app on a real Kestrel server on a free loopback port, as a user's browser reaches it; also serves
/// in-process HTTP clients for endpoint tests. One per test class (xunit class fixture).
/// </summary>
public sealed class WorkbenchServer : IDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    public WorkbenchServer()
    {
        _factory = new WebApplicationFactory<Program>();
        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        Address = new Uri(addresses.Addresses.First());
    }

    /// <summary>Where a browser finds the server, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address { get; }

    /// <summary>A client that keeps cookies (the antiforgery cookie) and does not follow redirects.</summary>
    public HttpClient Client() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = Address });

    public void Dispose() => _factory.Dispose();
}
