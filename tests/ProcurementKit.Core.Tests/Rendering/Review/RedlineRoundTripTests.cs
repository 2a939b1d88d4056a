using ProcurementKit.Catalog;
using ProcurementKit.Review;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Rendering.Review;

/// <summary>Accept-all and reject-all over many edits of the shipped catalog, and the redline as LibreOffice reads it.</summary>
public sealed class RedlineRoundTripTests
{
    private static readonly (string Id, Language Language, string Heading)[] s_sections =
        [("de", Language.German, "Anforderungstext (Deutsch)"), ("en", Language.English, "Anforderungstext (Englisch)")];

    /// <summary>Every fifth shipped clause edited the way authors edit: a word replaced, a paragraph dropped, one added.</summary>
    private static CatalogDiff EditedShippedCatalog()
    {
        var random = new Random(20261201);
        var old = ShippedCatalog.Catalog;
        var clauses = old.Clauses.Select((c, i) => i % 5 != 0 ? c : c with
        {
            German = c.German with { Body = Edit(c.German.Body, random, "Zusätzlich muss der Auftragnehmer dies schriftlich bestätigen.") },
            English = c.English with { Body = Edit(c.English.Body, random, "In addition, the contractor must confirm this in writing.") },
        });
        return CatalogComparer.Compare(old, old with { Clauses = [.. clauses] }, "old", "new");
    }

    private static string Edit(string body, Random random, string newParagraph)
    {
        var lines = body.Split('\n').ToList();
        var words = lines[0].Split(' ');
        words[random.Next(words.Length)] = "geändert";
        lines[0] = string.Join(' ', words);
        if (lines.Count > 4)
        {
            lines.RemoveAt(2 + random.Next(lines.Count - 3));
        }

        lines.Insert(random.Next(lines.Count + 1), "\n" + newParagraph + "\n");
        return string.Join('\n', lines);
    }

    [Fact]
    public void Should_reproduce_both_releases_of_every_edited_clause_When_all_changes_are_accepted_or_rejected()
    {
        var diff = EditedShippedCatalog();
        var bytes = RedlineDocumentTests.Render(diff);
        bytes.ShouldBeValid();
        using var document = WordFiles.Open(bytes);
        var accepted = TrackedChanges.Accept(WordFiles.Body(document));
        var rejected = TrackedChanges.Reject(WordFiles.Body(document));

        diff.Changes.Count.ShouldBe((ShippedCatalog.Catalog.Clauses.Count + 4) / 5);
        foreach (var change in diff.Changes)
        {
            foreach (var (_, language, heading) in s_sections)
            {
                RedlineReader.Text(accepted, change.Id, heading).ShouldBe(ClauseLines.Of(change.New!.Text(language).Body), change.Id);
                RedlineReader.Text(rejected, change.Id, heading).ShouldBe(ClauseLines.Of(change.Old!.Text(language).Body), change.Id);
            }
        }
    }

    [Fact]
    public void Should_reproduce_both_texts_When_a_clause_is_rewritten_into_a_large_mostly_different_text()
    {
        var old = ShippedCatalog.Catalog;
        var clause = old.Clauses[0];
        var oldBody = LargeText.Words(20_000, 40, seed: 11);
        var newBody = LargeText.Words(20_000, 40, seed: 12);
        var diff = CatalogComparer.Compare(
            old with { Clauses = [clause with { German = clause.German with { Body = oldBody } }] },
            old with { Clauses = [clause with { German = clause.German with { Body = newBody } }] },
            "old",
            "new");

        using var document = WordFiles.Open(RedlineDocumentTests.Render(diff));
        var body = WordFiles.Body(document);

        RedlineReader.Text(TrackedChanges.Accept(body), clause.Id, "Anforderungstext (Deutsch)").ShouldBe(ClauseLines.Of(newBody));
        RedlineReader.Text(TrackedChanges.Reject(body), clause.Id, "Anforderungstext (Deutsch)").ShouldBe(ClauseLines.Of(oldBody));
    }

    [SkippableFact]
    public void Should_keep_the_tracked_changes_When_LibreOffice_opens_and_saves_the_redline()
    {
        LibreOffice.SkipUnlessAvailable();

        var diff = RedlineDocumentTests.KnownEdits();
        var path = Path.Combine(Directory.CreateTempSubdirectory("pk-redline-").FullName, "redline.docx");
        File.WriteAllBytes(path, RedlineDocumentTests.Render(diff));

        var pdf = LibreOffice.Convert(path, "pdf");
        var resaved = LibreOffice.Convert(path, "docx:MS Word 2007 XML");

        new FileInfo(pdf).Length.ShouldBeGreaterThan(10_000);
        using var document = WordFiles.Open(File.ReadAllBytes(resaved));
        var body = WordFiles.Body(document);
        body.Descendants<DocumentFormat.OpenXml.Wordprocessing.InsertedRun>().ShouldContain(r => r.InnerText == "stellt" && r.Author == "ProcurementKit");
        body.Descendants<DocumentFormat.OpenXml.Wordprocessing.DeletedRun>().ShouldContain(r => r.InnerText == "liefert" && r.Author == "ProcurementKit");
        var upd01 = diff.Changes.Single(c => c.Id == "UPD-01");
        RedlineReader.Text(TrackedChanges.Accept(body), "UPD-01", "Anforderungstext (Deutsch)").ShouldBe(ClauseLines.Of(upd01.New!.German.Body));
        RedlineReader.Text(TrackedChanges.Reject(body), "UPD-01", "Anforderungstext (Deutsch)").ShouldBe(ClauseLines.Of(upd01.Old!.German.Body));
    }
}
