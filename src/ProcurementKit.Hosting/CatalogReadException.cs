using ProcurementKit.Diagnostics;

namespace ProcurementKit.Hosting;

/// <summary>A catalog could not be read from where it was asked for; the problems say why. Hosts show them as they are.</summary>
public sealed class CatalogReadException : Exception
{
    public CatalogReadException(Diagnostic problem)
        : base(problem.ToString()) => Problem = problem;

    public CatalogReadException()
        : this(HostDiagnostics.NotACatalog(string.Empty))
    {
    }

    public CatalogReadException(string message)
        : this(HostDiagnostics.NotACatalog(message))
    {
    }

    public CatalogReadException(string message, Exception inner)
        : base(message, inner) => Problem = HostDiagnostics.NotACatalog(message);

    public Diagnostic Problem { get; }
}
