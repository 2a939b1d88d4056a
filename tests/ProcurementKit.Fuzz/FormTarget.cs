using ProcurementKit.Evaluation.Forms;
using ProcurementKit.Selection;

namespace ProcurementKit.Fuzz;

/// <summary>
/// The function under fuzzing: the entry point <c>evaluate</c> uses for a returned form. It must return
/// a result (read, or refused with problems) for any bytes; an exception escaping it is a crash.
/// </summary>
public static class FormTarget
{
    public static FormReadResult Read(byte[] input, TenderSelection selection) =>
        ResponseFormReader.Read(new MemoryStream(input, writable: false), "fuzz.xlsx", selection);
}
