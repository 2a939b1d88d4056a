using ProcurementKit.Review;

namespace ProcurementKit.Tests.Review;

public sealed class ClauseLinesTests
{
    [Fact]
    public void Should_drop_emphasis_markers_When_a_paragraph_has_bold_text()
    {
        ClauseLines.Of("Der Auftragnehmer **muss** liefern.").ShouldBe("Der Auftragnehmer muss liefern.");
    }

    [Fact]
    public void Should_number_items_and_indent_nesting_with_tabs_When_the_body_has_lists()
    {
        var markdown = "Einleitung:\n\n1. Erstens\n2. Zweitens\n   - Unterpunkt a\n   - Unterpunkt b\n3. Drittens";

        ClauseLines.Of(markdown).ShouldBe("Einleitung:\n1.\tErstens\n2.\tZweitens\n\t•\tUnterpunkt a\n\t•\tUnterpunkt b\n3.\tDrittens");
    }

    [Fact]
    public void Should_write_a_table_row_per_line_When_the_body_has_a_pipe_table()
    {
        var markdown = "| Stufe | Frist |\n| --- | --- |\n| normal | 72 h |";

        ClauseLines.Of(markdown).ShouldBe("Stufe | Frist\nnormal | 72 h");
    }

    [Fact]
    public void Should_keep_the_link_target_When_a_link_label_differs_from_it()
    {
        ClauseLines.Of("Siehe [BSI](https://www.bsi.bund.de).").ShouldBe("Siehe BSI (https://www.bsi.bund.de).");
    }

    [Fact]
    public void Should_join_soft_line_breaks_When_a_paragraph_spans_lines()
    {
        ClauseLines.Of("Eine Zeile\nund die nächste.").ShouldBe("Eine Zeile und die nächste.");
    }
}
