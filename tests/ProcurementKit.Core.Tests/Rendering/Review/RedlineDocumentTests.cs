using DocumentFormat.OpenXml.Wordprocessing;
using ProcurementKit.Catalog;
using ProcurementKit.Rendering.Review;
using ProcurementKit.Review;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Rendering.Review;

public sealed class RedlineDocumentTests
{
    private const string German = "Anforderungstext (Deutsch)";
    private static readonly string s_upd01 = TestCatalog.Clause("UPD-01");

    /// <summary>A release and its successor with one edit of each kind the legal team reviews.</summary>
    internal static CatalogDiff KnownEdits()
    {
        var old = TestCatalog.Load(
            s_upd01, TestCatalog.Clause("UPD-02"), TestCatalog.Clause("UPD-03"), TestCatalog.Clause("UPD-05"), TestCatalog.Clause("CRY-01"));
        var edited = TestCatalog.Clause("UPD-01", "version: 2",
                "parameters: { support-period-years: { type: integer, unit: years, min: 5, normal: 5, high: 8, very-high: 10, label: { de: Supportzeitraum, en: Support period } } }")
            .Replace("Der Auftragnehmer liefert", "Der Auftragnehmer stellt", StringComparison.Ordinal);
        var @new = TestCatalog.Load(
            edited,
            TestCatalog.Clause("UPD-03", "version: 2", "status: retired"),
            TestCatalog.Clause("UPD-04", "status: draft").Replace("Der Auftragnehmer liefert Updates", "Neue Pflicht:\n\n1. erstens\n2. zweitens", StringComparison.Ordinal),
            TestCatalog.Clause("UPD-05", "topic: cryptography", "version: 2"),
            TestCatalog.Clause("CRY-01"));
        return CatalogComparer.Compare(old, @new, "v1:cat", "cat");
    }

    internal static byte[] Render(CatalogDiff diff, Language language = Language.German)
    {
        using var stream = new MemoryStream();
        RedlineDocument.Create(stream, diff, language);
        return stream.ToArray();
    }

    [Fact]
    public void Should_pass_the_validator_and_write_identical_bytes_When_rendered_twice()
    {
        var first = Render(KnownEdits());

        first.ShouldBeValid();
        Render(KnownEdits(), Language.English).ShouldBeValid();
        WordFiles.Sha256(first).ShouldBe(WordFiles.Sha256(Render(KnownEdits())));
    }

    [Fact]
    public void Should_show_one_deleted_and_one_inserted_word_When_one_word_changed()
    {
        using var document = WordFiles.Open(Render(KnownEdits()));
        var clause = RedlineReader.Clause(WordFiles.Body(document), "UPD-01");
        var text = clause.SkipWhile(b => TrackedChanges.Text(b) != German).ToList();

        text.SelectMany(b => b.Descendants<DeletedRun>()).Select(r => r.InnerText).ShouldBe(["liefert"]);
        text.SelectMany(b => b.Descendants<InsertedRun>()).Select(r => r.InnerText).ShouldBe(["stellt"]);
    }

    [Fact]
    public void Should_stamp_every_change_with_the_tool_and_the_release_date_When_rendered()
    {
        using var document = WordFiles.Open(Render(KnownEdits()));
        var body = WordFiles.Body(document);
        var stamps = body.Descendants<InsertedRun>().Select(r => (r.Author?.Value, r.Date?.Value))
            .Concat(body.Descendants<DeletedRun>().Select(r => (r.Author?.Value, r.Date?.Value)))
            .Concat(body.Descendants<Inserted>().Select(r => (r.Author?.Value, r.Date?.Value)))
            .ToList();

        stamps.Count.ShouldBeGreaterThan(10);
        stamps.ShouldAllBe(s => s.Item1 == "ProcurementKit" && s.Item2 == new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc));
        var ids = body.Descendants().Select(e => e.GetAttributes().FirstOrDefault(a => a.LocalName == "id" && (e is InsertedRun or DeletedRun or Inserted or Deleted)).Value)
            .OfType<string>().ToList();
        ids.Distinct().Count().ShouldBe(ids.Count);
    }

    [Fact]
    public void Should_give_the_new_texts_When_all_changes_are_accepted()
    {
        var diff = KnownEdits();
        using var document = WordFiles.Open(Render(diff));
        var accepted = TrackedChanges.Accept(WordFiles.Body(document));

        foreach (var change in diff.Changes)
        {
            RedlineReader.Text(accepted, change.Id, German).ShouldBe(
                change.Kind == ChangeKind.Changed && change.Old!.German.Body == change.New!.German.Body ? null : ClauseLines.Of(change.New?.German.Body ?? string.Empty), change.Id);
        }

        RedlineReader.Value(accepted, "UPD-01", "Parameter: Supportzeitraum").ShouldBe("normal 5\u00A0Jahre · hoch 8\u00A0Jahre · sehr hoch 10\u00A0Jahre · Mindestwert 5\u00A0Jahre");
        RedlineReader.Value(accepted, "UPD-03", "Status").ShouldBe("zurückgezogen");
        RedlineReader.Value(accepted, "UPD-05", "Thema").ShouldBe("Kryptografie");
        RedlineReader.Value(accepted, "UPD-02", "Status").ShouldBeNull();
        RedlineReader.Value(accepted, "UPD-04", "Status").ShouldBe("Entwurf");
    }

    [Fact]
    public void Should_give_the_old_texts_When_all_changes_are_rejected()
    {
        var diff = KnownEdits();
        using var document = WordFiles.Open(Render(diff));
        var rejected = TrackedChanges.Reject(WordFiles.Body(document));

        RedlineReader.Text(rejected, "UPD-01", German).ShouldBe("Der Auftragnehmer liefert Updates für {{support-period-years}}.");
        RedlineReader.Text(rejected, "UPD-02", German).ShouldBe(ClauseLines.Of(diff.Old.FindClause("UPD-02")!.German.Body));
        RedlineReader.Text(rejected, "UPD-04", German).ShouldBe(string.Empty);
        RedlineReader.Value(rejected, "UPD-01", "Parameter: Supportzeitraum").ShouldBe("normal 5\u00A0Jahre · hoch 7\u00A0Jahre · sehr hoch 10\u00A0Jahre · Mindestwert 5\u00A0Jahre");
        RedlineReader.Value(rejected, "UPD-03", "Status").ShouldBe("freigegeben");
        RedlineReader.Value(rejected, "UPD-05", "Thema").ShouldBe("Sicherheitsupdates");
        RedlineReader.Value(rejected, "UPD-04", "Status").ShouldBeNull();
    }

    [Fact]
    public void Should_list_a_moved_clause_under_its_new_topic_When_its_topic_changed()
    {
        using var document = WordFiles.Open(Render(KnownEdits()));

        RedlineReader.TopicOf(WordFiles.Body(document), "UPD-05").ShouldBe("Kryptografie");
        RedlineReader.TopicOf(WordFiles.Body(document), "UPD-02").ShouldBe("Sicherheitsupdates");
    }

    [Fact]
    public void Should_start_with_the_counts_and_the_list_of_changed_clauses_When_rendered()
    {
        using var document = WordFiles.Open(Render(KnownEdits()));
        var tables = WordFiles.Body(document).Elements<Table>()
            .Select(t => t.Elements<TableRow>().Select(r => string.Join(" | ", r.Elements<TableCell>().Select(c => c.InnerText))).ToList())
            .ToList();

        var counts = tables.First(t => t[0] == "Änderung | Anzahl");
        counts.ShouldBe(["Änderung | Anzahl", "Neu | 1", "Entfernt | 1", "Geändert | 3", "Statusänderungen | 1",
            "Änderungen der Verpflichtung | 0", "Thema gewechselt | 1", "Zurückgezogen | 1", "Unverändert | 1"]);
        var list = tables.First(t => t[0] == "ID | Titel | Änderung");
        list.Skip(1).Select(r => r.Split(" | ")[0]).ShouldBe(["UPD-01", "UPD-02", "UPD-03", "UPD-04", "UPD-05"]);
        list[1].ShouldEndWith("Geändert: Version, Parameter Supportzeitraum, Anforderungstext (de)");
    }

    [Fact]
    public void Should_say_so_When_the_releases_do_not_differ()
    {
        var catalog = TestCatalog.Load(s_upd01);
        using var document = WordFiles.Open(Render(CatalogComparer.Compare(catalog, catalog, "a", "b")));

        WordFiles.ParagraphTexts(document).ShouldContain("Zwischen den beiden Fassungen gibt es keine Änderungen.");
        WordFiles.Body(document).Descendants<InsertedRun>().ShouldBeEmpty();
    }

    [Fact]
    public void Should_warn_on_the_cover_When_clauses_changed_but_the_catalog_version_did_not()
    {
        var diff = KnownEdits();
        using var document = WordFiles.Open(Render(diff));
        var texts = WordFiles.ParagraphTexts(document);

        diff.Old.Info.Version.ShouldBe(diff.New.Info.Version);
        diff.Warnings.Select(w => w.Code).ShouldBe(["PK0191", "PK0192"]);
        diff.Warnings[1].Position.File.ShouldBe("cat/clauses/security-updates/UPD-02.md");
        texts.ShouldContain(t => t.StartsWith("Achtung: Klauseln haben sich geändert, die Katalogversion aber nicht (0.1.0 → 0.1.0).", StringComparison.Ordinal));
        texts.ShouldContain(t => t.StartsWith("Achtung: Gelöschte Klauseln: UPD-02.", StringComparison.Ordinal) && t.Contains("status: retired", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_warn_of_nothing_When_the_version_was_raised_and_nothing_was_deleted()
    {
        var old = TestCatalog.Load(s_upd01);
        var raised = CatalogLoader.Load(new CatalogSource("cat", [.. TestCatalog.WithClauses(TestCatalog.Clause("UPD-01", "version: 2", "approved-by: Rechtsamt Hohenbrück")).Files
            .Select(f => f.RelativePath == "catalog.yaml" ? f with { Content = f.Content.Replace("0.1.0", "0.2.0", StringComparison.Ordinal) } : f)])).Catalog;

        var diff = CatalogComparer.Compare(old, raised, "a", "b");

        diff.Changes.ShouldNotBeEmpty();
        diff.Warnings.ShouldBeEmpty();
        WordFiles.ParagraphTexts(WordFiles.Open(Render(diff))).ShouldNotContain(t => t.StartsWith("Achtung", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_advise_retiring_When_a_clause_was_deleted()
    {
        using var document = WordFiles.Open(Render(KnownEdits()));
        var clause = RedlineReader.Clause(WordFiles.Body(document), "UPD-02");

        clause.Select(TrackedChanges.Text).ShouldContain("Entfernt – gelöscht; besser zurückziehen (status: retired), da Ausschreibungen die Klausel zitieren können");
    }

    [Fact]
    public void Should_name_releases_by_version_hash_and_git_revision_When_they_came_from_folders_or_git()
    {
        var diff = KnownEdits() with { OldRevision = "v1", NewRevision = null };
        using var document = WordFiles.Open(Render(diff));
        var cover = WordFiles.Body(document).Elements<Table>().First().Elements<TableRow>()
            .Select(r => string.Join(" | ", r.Elements<TableCell>().Select(c => c.InnerText))).ToList();

        cover.ShouldBe(
        [
            $"Bisherige Fassung | Version 0.1.0, SHA-256 {diff.Old.ShortHash}, Git-Stand v1",
            $"Neue Fassung | Version 0.1.0, SHA-256 {diff.New.ShortHash}",
            "Änderungen datiert | 1. Oktober 2026",
        ]);
        // The folder names typed on the command line ("v1:cat", "cat") appear nowhere.
        document.MainDocumentPart!.Document!.InnerText.ShouldNotContain("v1:cat");
        document.MainDocumentPart.Document.InnerText.ShouldNotContain("(cat)");
    }
}
