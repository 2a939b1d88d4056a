using CsCheck;
using ProcurementKit.Review;
using ProcurementKit.Tests.Support;

namespace ProcurementKit.Tests.Review;

public sealed class WordDiffTests
{
    [Fact]
    public void Should_show_one_word_When_one_word_changed()
    {
        var diff = WordDiff.Compute("Der Auftragnehmer liefert Updates.", "Der Auftragnehmer stellt Updates.");

        diff.Where(s => s.IsChange).ShouldBe(
        [
            new DiffSegment(DiffOperation.Delete, "liefert"),
            new DiffSegment(DiffOperation.Insert, "stellt"),
        ]);
    }

    [Fact]
    public void Should_keep_umlaut_words_whole_When_a_word_with_umlaut_changes()
    {
        var diff = WordDiff.Compute("für mindestens fünf Jahre", "für höchstens fünf Jahre");

        diff.Where(s => s.IsChange).Select(s => s.Text).ShouldBe(["mindestens", "höchstens"]);
    }

    [Fact]
    public void Should_treat_a_placeholder_as_one_word_When_it_is_renamed()
    {
        var diff = WordDiff.Compute("für {{support-period-years}} ab Abnahme", "für {{support-years}} ab Abnahme");

        diff.Where(s => s.IsChange).Select(s => s.Text).ShouldBe(["{{support-period-years}}", "{{support-years}}"]);
    }

    [Fact]
    public void Should_merge_a_rewritten_phrase_into_one_deletion_and_one_insertion_When_only_spaces_remain_between()
    {
        var diff = WordDiff.Compute("innerhalb von zwei Tagen melden", "spätestens nach 48 Stunden melden");

        diff.ShouldBe(
        [
            new DiffSegment(DiffOperation.Delete, "innerhalb von zwei Tagen"),
            new DiffSegment(DiffOperation.Insert, "spätestens nach 48 Stunden"),
            new DiffSegment(DiffOperation.Equal, " melden"),
        ]);
    }

    [Fact]
    public void Should_keep_an_unchanged_long_word_When_a_short_word_could_be_kept_instead()
    {
        var (old, @new) = ("Datensicherung und Wiederherstellung regeln", "Datensicherung, Wiederherstellung und Notbetrieb regeln");

        var diff = WordDiff.Compute(old, @new);

        diff.ShouldContain(s => s.Operation == DiffOperation.Equal && s.Text.Contains("Wiederherstellung", StringComparison.Ordinal));
        diff.Where(s => s.IsChange).ShouldAllBe(s => !s.Text.Contains("Wiederherstellung", StringComparison.Ordinal));
        DiffSegments.OldText(diff).ShouldBe(old);
        DiffSegments.NewText(diff).ShouldBe(@new);
    }

    [Fact]
    public void Should_keep_paragraph_breaks_aligned_When_a_paragraph_is_inserted()
    {
        var diff = WordDiff.Compute("Erster Absatz.\nDritter Absatz.", "Erster Absatz.\nNeuer Absatz.\nDritter Absatz.");

        diff.Where(s => s.IsChange).ShouldBe([new DiffSegment(DiffOperation.Insert, "Neuer Absatz.\n")]);
    }

    [Fact]
    public void Should_insert_a_whole_list_item_and_renumber_the_next_When_an_item_is_added_in_the_middle()
    {
        var old = "1.\tVerfahren nach TR-02102.\n2.\tSchreibt ein Standard ein Verfahren vor, gilt es.";
        var @new = "1.\tVerfahren nach TR-02102.\n2.\tZufallszahlen aus einem geprüften Generator.\n3.\tSchreibt ein Standard ein Verfahren vor, gilt es.";

        WordDiff.Compute(old, @new).Where(s => s.IsChange).ShouldBe(
        [
            new DiffSegment(DiffOperation.Insert, "2.\tZufallszahlen aus einem geprüften Generator.\n"),
            new DiffSegment(DiffOperation.Delete, "2"),
            new DiffSegment(DiffOperation.Insert, "3"),
        ]);
    }

    [Fact]
    public void Should_delete_the_line_break_with_the_last_paragraph_When_the_last_paragraph_is_removed()
    {
        var diff = WordDiff.Compute("Erster Absatz.\nLetzter Absatz.", "Erster Absatz.");

        diff.ShouldBe([new DiffSegment(DiffOperation.Equal, "Erster Absatz."), new DiffSegment(DiffOperation.Delete, "\nLetzter Absatz.")]);
    }

    [Fact]
    public void Should_return_no_change_When_texts_are_equal()
    {
        WordDiff.Compute("gleich", "gleich").ShouldBe([new DiffSegment(DiffOperation.Equal, "gleich")]);
        WordDiff.Compute(string.Empty, string.Empty).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("", "Neu eingefügt.")]
    [InlineData("Entfernt.", "")]
    [InlineData("a b c d e f", "f e d c b a")]
    [InlineData("Der Auftragnehmer muss, sofern vereinbart, binnen 24 Stunden reagieren.", "Der Auftragnehmer muss binnen 12 Stunden reagieren; sofern vereinbart, schriftlich.")]
    [InlineData("Zeile 1\n\nZeile 2\n1. Punkt\n2. Punkt", "Zeile 1\n1. Punkt\n2. Punkt geändert\n3. Punkt")]
    [InlineData("  führende   Leerzeichen ", "führende Leerzeichen")]
    [InlineData("A\nB\nC", "X\nY")]
    [InlineData("A\n", "A")]
    [InlineData("\n\n", "\n")]
    [InlineData("eins\nzwei", "zwei\neins\ndrei")]
    [InlineData("Sicherung und Wiederherstellung", "Sicherung, Wiederherstellung und Notbetrieb")]
    public void Should_reproduce_both_texts_exactly_When_changes_are_accepted_or_rejected(string old, string @new)
    {
        var diff = WordDiff.Compute(old, @new);

        diff.OldText().ShouldBe(old);
        diff.NewText().ShouldBe(@new);
        diff.ShouldAllBe(s => s.Text.Length > 0);
    }

    [Fact]
    public void Should_reproduce_both_texts_When_random_wordings_are_compared()
    {
        // Few distinct tokens, so the texts share many words and the alignment has choices to make.
        var token = Gen.OneOf<string>("und", "Wiederherstellung", "Notbetrieb", "der", "Auftragnehmer", "{{frist}}", ",", ".", " ", "  ", "\n", "ä", "24");
        var text = token.Array[0, 40].Select(string.Concat);

        Gen.Select(text, text).Sample((old, @new) =>
        {
            var diff = WordDiff.Compute(old, @new);
            return diff.OldText() == old && diff.NewText() == @new && diff.All(s => s.Text.Length > 0);
        });
    }

    [Fact]
    public void Should_reproduce_every_shipped_clause_text_When_diffing_it_against_another()
    {
        var bodies = Support.ShippedCatalog.Catalog.Clauses.Select(c => c.German.Body).ToList();
        foreach (var (old, @new) in bodies.Zip(bodies.Skip(1)))
        {
            var diff = WordDiff.Compute(old, @new);
            diff.OldText().ShouldBe(old);
            diff.NewText().ShouldBe(@new);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(12)]
    public void Should_complete_and_reproduce_both_texts_When_two_large_texts_are_mostly_different(int wordsPerLine)
    {
        var old = LargeText.Words(20_000, wordsPerLine, seed: 1);
        var @new = LargeText.Words(20_000, wordsPerLine, seed: 2);

        var diff = WordDiff.Compute(old, @new);

        diff.OldText().ShouldBe(old);
        diff.NewText().ShouldBe(@new);
    }

    [Fact]
    public void Should_still_diff_reworded_paragraphs_word_by_word_When_too_many_changed_lines_to_tabulate_their_pairing()
    {
        // 1,000 × 1,000 changed lines lie beyond LineAlignment's pairing table; line k then pairs with line k.
        var old = LargeText.Words(12_000, 12, seed: 3);
        var @new = string.Join('\n', old.Split('\n').Select(line => "Neu " + line));

        var diff = WordDiff.Compute(old, @new);

        diff.NewText().ShouldBe(@new);
        diff.OldText().ShouldBe(old);
        diff.Where(s => s.IsChange).ShouldAllBe(s => s.Text == "Neu ");
    }
}
