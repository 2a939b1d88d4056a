using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ProcurementKit.Rendering.Word;

/// <summary>
/// Document settings: fields (the TOC) update on open unless a layout pass already numbered the contents;
/// automatic hyphenation; Word 2013+ layout, not compatibility mode.
/// </summary>
internal static class WordSettings
{
    public static void Apply(MainDocumentPart main, string languageTag, bool updateFieldsOnOpen)
    {
        var part = main.DocumentSettingsPart ?? main.AddNewPart<DocumentSettingsPart>("rIdSettings");
        var settings = part.Settings ??= new Settings();
        settings.RemoveAllChildren<UpdateFieldsOnOpen>();
        if (updateFieldsOnOpen)
        {
            settings.AddChild(new UpdateFieldsOnOpen { Val = true });
        }

        // Narrow table cells and justified text otherwise leave ragged gaps; the zone is Word's default.
        settings.RemoveAllChildren<AutoHyphenation>();
        settings.AddChild(new AutoHyphenation { Val = true });
        if (settings.GetFirstChild<DefaultTabStop>() is null)
        {
            settings.AddChild(new DefaultTabStop { Val = 709 });
        }

        if (settings.GetFirstChild<Compatibility>() is null)
        {
            settings.AddChild(new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }));
        }

        settings.RemoveAllChildren<ThemeFontLanguages>();
        settings.AddChild(new ThemeFontLanguages { Val = languageTag });
    }
}
