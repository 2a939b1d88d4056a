using ProcurementKit.Catalog;
using ProcurementKit.Text;

namespace ProcurementKit.Tests.Text;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("2027-02-15", Language.German, "15. Februar 2027")]
    [InlineData("2027-02-15", Language.English, "15 February 2027")]
    [InlineData("2026-03-01", Language.German, "1. März 2026")]
    [InlineData("2026-12-31", Language.English, "31 December 2026")]
    public void Should_write_the_long_form_day_first_When_an_iso_date_is_given(string iso, Language language, string expected)
    {
        DateText.Long(iso, language).ShouldBe(expected);
    }

    [Theory]
    [InlineData("2027-02-30")]
    [InlineData("15.02.2027")]
    [InlineData("")]
    public void Should_leave_the_text_as_it_is_When_it_is_no_iso_date(string text)
    {
        DateText.Long(text, Language.German).ShouldBe(text);
    }
}
