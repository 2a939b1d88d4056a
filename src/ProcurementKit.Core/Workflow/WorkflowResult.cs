using ProcurementKit.Diagnostics;

namespace ProcurementKit.Workflow;

/// <summary>What a workflow step produced, or the problems that kept it from producing it.</summary>
public sealed record WorkflowResult<T>(T? Value, IReadOnlyList<Diagnostic> Problems)
    where T : class
{
    /// <summary>One closing sentence for a failure (e.g. "the catalog has 3 error(s)"), or null.</summary>
    public string? Summary { get; init; }

    public bool Succeeded => Value is not null && !Problems.Any(p => p.IsError);
}

/// <summary>Builds <see cref="WorkflowResult{T}"/>s.</summary>
public static class WorkflowResult
{
    public static WorkflowResult<T> Success<T>(T value, IReadOnlyList<Diagnostic>? notes = null)
        where T : class => new(value, notes ?? []);

    public static WorkflowResult<T> Failure<T>(IReadOnlyList<Diagnostic> problems, string? summary = null)
        where T : class => new(null, problems) { Summary = summary };
}
