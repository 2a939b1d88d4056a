using ProcurementKit.Diagnostics;

namespace ProcurementKit.Evaluation.Forms;

/// <summary>A returned form that could not be evaluated, with every problem found in it (file and cell each).</summary>
public sealed record RejectedForm(string File, IReadOnlyList<Diagnostic> Problems);
