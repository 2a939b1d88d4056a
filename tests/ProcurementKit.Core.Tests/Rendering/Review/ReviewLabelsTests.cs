using ProcurementKit.Rendering.Review;

namespace ProcurementKit.Tests.Rendering.Review;

public sealed class ReviewLabelsTests
{
    /// <summary>Words that are the same in both languages; every other English label must be translated.</summary>
    private static readonly string[] s_same = ["Version", "Phase", "Parameters", "Hash", "Status", "Name"];

    [Fact]
    public void Should_translate_every_label_When_english_is_derived_from_german()
    {
        var untranslated = typeof(ReviewLabels).GetProperties()
            .Where(p => p.PropertyType == typeof(string) && !s_same.Contains(p.Name))
            .Where(p => Equals(p.GetValue(ReviewLabels.English), p.GetValue(ReviewLabels.German)))
            .Select(p => p.Name);

        untranslated.ShouldBeEmpty();
    }
}
