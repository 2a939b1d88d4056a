using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Word;

namespace ProcurementKit.Rendering.Review;

/// <summary>
/// The reviewer's part of the review document: after each clause a decision (freigegeben / ändern / Rückfrage)
/// and a comment, both content controls tagged with the clause id; at the end the sign-off with name, role,
/// date and signature.
/// </summary>
internal sealed class ReviewDecision(WordDocument document, ReviewLabels labels)
{
    private readonly WordContentControls _controls = new();

    /// <summary>Tag prefixes a tool can read the decisions back by ("decision:UPD-01", "comment:UPD-01").</summary>
    public const string DecisionTag = "decision:";
    public const string CommentTag = "comment:";

    public void Compose(Clause clause)
    {
        var table = new WordTable(WordStyleIds.KeyValueTable, 2, 5)
            .Row(
                WordTable.Cell(labels.Decision, bold: true),
                WordTable.Cell(_controls.DropDown($"{DecisionTag}{clause.Id}", $"{labels.Decision} {clause.Id}", labels.DecisionChoices, labels.DecisionPrompt)))
            .Row(
                WordTable.Cell(labels.Comment, bold: true),
                WordTable.Cell(_controls.TextField($"{CommentTag}{clause.Id}", $"{labels.Comment} {clause.Id}", labels.CommentPrompt)));
        document.Table(table);
    }

    /// <summary>The closing block: who reviewed, in which role, when, with a signature line each.</summary>
    public void ComposeSignOff()
    {
        document.Heading(1, labels.SignOff, "sign-off");
        document.Paragraph(labels.SignOffText);
        var table = new WordTable(4, 3, 2, 4).Header(labels.Name, labels.Role, labels.Date, labels.Signature);
        foreach (var role in labels.SignOffRoles)
        {
            table.Row(Blank(), WordTable.Cell(role), Blank(), Blank());
        }

        document.Table(table);
    }

    // A cell tall enough to write in by hand.
    private static DocumentFormat.OpenXml.Wordprocessing.TableCell Blank() =>
        WordTable.Cell(WordText.Run("\n\n"));
}
