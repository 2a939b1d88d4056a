using ProcurementKit.Web.Hosting;

var app = WebHostSetup.Build(args);
app.Run();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
