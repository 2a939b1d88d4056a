using System.Reflection;
using ProcurementKit.Catalog;
using ProcurementKit.Coverage;
using ProcurementKit.Evaluation;
using ProcurementKit.Oscal;
using ProcurementKit.Rendering.Annex;
using ProcurementKit.Rendering.EvaluationReport;
using ProcurementKit.Rendering.Excel.EvaluationWorkbook;
using ProcurementKit.Rendering.Excel.Matrix;
using ProcurementKit.Rendering.Excel.ResponseForm;
using ProcurementKit.Selection;

namespace ProcurementKit.Tests.Rendering;

/// <summary>
/// Every labels class has a German and an English instance; `required` makes a missing text a compile
/// error, and this checks that no text is empty and that the two languages differ where they should.
/// </summary>
public sealed class LabelsCompletenessTests
{
    // Texts that are the same word in both languages.
    private static readonly HashSet<string> s_sameInBoth = ["AnnexLabels.None", "ReportLabels.Problem"];

    public static TheoryData<Type> LabelClasses() =>
    [
        typeof(AnnexLabels), typeof(ReportLabels), typeof(ResponseFormLabels), typeof(MatrixLabels),
        typeof(EvaluationWorkbookLabels), typeof(EvaluationLabels), typeof(ReasonLabels), typeof(CoverageLabels),
        typeof(OscalLabels), typeof(OscalCoverageLabels),
    ];

    [Theory]
    [MemberData(nameof(LabelClasses))]
    public void Should_choose_the_instance_of_the_language_When_asking_for_labels(Type labels)
    {
        var forLanguage = labels.GetMethod("For", BindingFlags.Public | BindingFlags.Static)!;

        forLanguage.Invoke(null, [Language.German]).ShouldBeSameAs(Instance(labels, "German"));
        forLanguage.Invoke(null, [Language.English]).ShouldBeSameAs(Instance(labels, "English"));
    }

    [Theory]
    [MemberData(nameof(LabelClasses))]
    public void Should_have_every_text_in_both_languages_When_reading_a_labels_class(Type labels)
    {
        var german = Instance(labels, "German");
        var english = Instance(labels, "English");
        var texts = 0;
        foreach (var property in labels.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = $"{labels.Name}.{property.Name}";
            var de = Texts(property.GetValue(german));
            var en = Texts(property.GetValue(english));
            if (de is null || en is null)
            {
                continue;
            }

            texts++;
            de.ShouldNotBeEmpty(name);
            de.Count.ShouldBe(en.Count, name);
            de.ShouldAllBe(t => !string.IsNullOrWhiteSpace(t), name);
            en.ShouldAllBe(t => !string.IsNullOrWhiteSpace(t), name);
            if (!s_sameInBoth.Contains(name))
            {
                de.SequenceEqual(en).ShouldBeFalse($"{name} is the same in German and English");
            }
        }

        texts.ShouldBeGreaterThan(0);
    }

    private static object Instance(Type labels, string language) =>
        labels.GetField(language, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    /// <summary>The texts of a property: a string, a list of strings, or what a text function returns for sample arguments.</summary>
    private static IReadOnlyList<string>? Texts(object? value) => value switch
    {
        string text => [text],
        IReadOnlyList<string> list => list,
        Delegate function => [(string)function.DynamicInvoke([.. function.GetType().GetMethod("Invoke")!.GetParameters().Select(p => Sample(p.ParameterType))])!],
        _ => null,
    };

    private static object Sample(Type type) =>
        type == typeof(string) ? "x" : type == typeof(int) ? 1 : type == typeof(bool) ? true : throw new NotSupportedException(type.Name);
}
