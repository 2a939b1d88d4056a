using ProcurementKit.Catalog;

namespace ProcurementKit.Rendering.Review;

/// <summary>The fixed words of the review document and the redline, in German and English.</summary>
public sealed record ReviewLabels
{
    public static readonly ReviewLabels German = new()
    {
        Contents = "Inhalt",
        Overview = "Übersicht",
        Topic = "Thema",
        Clauses = "Klauseln",
        Total = "Summe",
        Level = "Stufe",
        NotYet = "nicht anwendbar",
        ScoredKind = "SOLL (B)",
        Version = "Version",
        Status = "Status",
        Approval = "Freigabe",
        ApprovalMissing = "keine Freigabe erfasst",
        LegalNote = "Rechtlicher Hinweis",
        Phase = "Phase",
        Categories = "Kategorien",
        Goals = "Schutzziele",
        FromLevel = "Anwendbar ab Schutzbedarf",
        Conditions = "Bedingungen",
        Deployment = "Betriebsmodell",
        Replaces = "Ersetzt",
        Obligation = "Verpflichtung",
        Parameters = "Parameter",
        Minimum = "Mindestwert",
        Maximum = "Höchstwert",
        Scoring = "Wertung",
        Evidence = "Nachweis",
        Verification = "Prüfung",
        Rationale = "Begründung",
        References = "Referenzen",
        Source = "Datei",
        Text = "Anforderungstext",
        Title = "Titel",
        Publisher = "Herausgeber",
        ReleasedOn = "Stand",
        Hash = "SHA-256",
        ReviewTitle = "Prüffassung des Anforderungskatalogs",
        ByTopic = "Klauseln nach Thema und Status",
        ByObligation = "Verpflichtung je Schutzbedarf",
        RedlineTitle = "Änderungen im Anforderungskatalog",
        Summary = "Zusammenfassung",
        ChangedClauses = "Geänderte Klauseln",
        OldRelease = "Bisherige Fassung",
        NewRelease = "Neue Fassung",
        ChangeDate = "Änderungen datiert",
        Change = "Änderung",
        Count = "Anzahl",
        Added = "Neu",
        Removed = "Entfernt",
        Changed = "Geändert",
        StatusChanges = "Statusänderungen",
        ObligationChanges = "Änderungen der Verpflichtung",
        Moved = "Thema gewechselt",
        Retired = "Zurückgezogen",
        Unchanged = "Unverändert",
        VersionNotRaised = "Inhalt geändert, Version nicht erhöht",
        FormattingOnly = "nur Formatierung geändert",
        NoChanges = "Zwischen den beiden Fassungen gibt es keine Änderungen.",
        HowToReview = "Die Änderungen sind als Überarbeitungen (Autor „ProcurementKit“) eingetragen. In Word unter Überprüfen › Annehmen/Ablehnen, in LibreOffice unter Bearbeiten › Änderungen verfolgen › Verwalten. Alle annehmen ergibt die neue Fassung, alle ablehnen die bisherige. Klauseltexte erscheinen ohne Markdown-Zeichen; Listen sind ausgeschrieben, Tabellen zeilenweise.",
        Language = "Sprache",
        GermanText = "Deutsch",
        EnglishText = "Englisch",
    };

    public static readonly ReviewLabels English = German with
    {
        IsEnglish = true,
        Contents = "Contents",
        Overview = "Overview",
        Topic = "Topic",
        Clauses = "Clauses",
        Total = "Total",
        Level = "Level",
        NotYet = "not applicable",
        ScoredKind = "SHOULD (B)",
        Status = "Status",
        Approval = "Approval",
        ApprovalMissing = "no approval recorded",
        LegalNote = "Legal note",
        Categories = "Categories",
        Goals = "Protection goals",
        FromLevel = "Applies from protection need",
        Conditions = "Conditions",
        Deployment = "Deployment",
        Replaces = "Replaces",
        Obligation = "Obligation",
        Minimum = "Minimum",
        Maximum = "Maximum",
        Scoring = "Scoring",
        Evidence = "Evidence",
        Verification = "Verification",
        Rationale = "Rationale",
        References = "References",
        Source = "File",
        Text = "Requirement text",
        Title = "Title",
        Publisher = "Publisher",
        ReleasedOn = "Released",
        ReviewTitle = "Review copy of the requirements catalog",
        ByTopic = "Clauses by topic and status",
        ByObligation = "Obligation by protection need",
        RedlineTitle = "Changes to the requirements catalog",
        Summary = "Summary",
        ChangedClauses = "Changed clauses",
        OldRelease = "Previous release",
        NewRelease = "New release",
        ChangeDate = "Changes dated",
        Change = "Change",
        Count = "Count",
        Added = "Added",
        Removed = "Removed",
        Changed = "Changed",
        StatusChanges = "Status changes",
        ObligationChanges = "Obligation changes",
        Moved = "Moved to another topic",
        Retired = "Retired",
        Unchanged = "Unchanged",
        VersionNotRaised = "content changed, version not raised",
        FormattingOnly = "formatting changed only",
        NoChanges = "The two releases do not differ.",
        HowToReview = "The changes are tracked revisions (author \"ProcurementKit\"). In Word use Review › Accept/Reject, in LibreOffice Edit › Track Changes › Manage. Accepting all gives the new release, rejecting all the previous one. Clause texts appear without Markdown marks; lists are written out, tables row by row.",
        Language = "Language",
        GermanText = "German",
        EnglishText = "English",
    };

    public bool IsEnglish { get; init; }
    public required string Contents { get; init; }
    public required string Overview { get; init; }
    public required string Topic { get; init; }
    public required string Clauses { get; init; }
    public required string Total { get; init; }
    public required string Level { get; init; }
    public required string NotYet { get; init; }
    public required string ScoredKind { get; init; }
    public required string Version { get; init; }
    public required string Status { get; init; }
    public required string Approval { get; init; }
    public required string ApprovalMissing { get; init; }
    public required string LegalNote { get; init; }
    public required string Phase { get; init; }
    public required string Categories { get; init; }
    public required string Goals { get; init; }
    public required string FromLevel { get; init; }
    public required string Conditions { get; init; }
    public required string Deployment { get; init; }
    public required string Replaces { get; init; }
    public required string Obligation { get; init; }
    public required string Parameters { get; init; }
    public required string Minimum { get; init; }
    public required string Maximum { get; init; }
    public required string Scoring { get; init; }
    public required string Evidence { get; init; }
    public required string Verification { get; init; }
    public required string Rationale { get; init; }
    public required string References { get; init; }
    public required string Source { get; init; }
    public required string Text { get; init; }
    public required string Title { get; init; }
    public required string Publisher { get; init; }
    public required string ReleasedOn { get; init; }
    public required string Hash { get; init; }
    public required string ReviewTitle { get; init; }
    public required string ByTopic { get; init; }
    public required string ByObligation { get; init; }
    public required string RedlineTitle { get; init; }
    public required string Summary { get; init; }
    public required string ChangedClauses { get; init; }
    public required string OldRelease { get; init; }
    public required string NewRelease { get; init; }
    public required string ChangeDate { get; init; }
    public required string Change { get; init; }
    public required string Count { get; init; }
    public required string Added { get; init; }
    public required string Removed { get; init; }
    public required string Changed { get; init; }
    public required string StatusChanges { get; init; }
    public required string ObligationChanges { get; init; }
    public required string Moved { get; init; }
    public required string Retired { get; init; }
    public required string Unchanged { get; init; }
    public required string VersionNotRaised { get; init; }
    public required string FormattingOnly { get; init; }
    public required string NoChanges { get; init; }
    public required string HowToReview { get; init; }
    public required string Language { get; init; }
    public required string GermanText { get; init; }
    public required string EnglishText { get; init; }

    public static ReviewLabels For(Language language) => language == Catalog.Language.English ? English : German;

    public string StatusName(ClauseStatus status) => (status, IsEnglish) switch
    {
        (ClauseStatus.Draft, false) => "Entwurf",
        (ClauseStatus.Approved, false) => "freigegeben",
        (ClauseStatus.Retired, false) => "zurückgezogen",
        (ClauseStatus.Draft, true) => "draft",
        (ClauseStatus.Approved, true) => "approved",
        _ => "retired",
    };

    public string VerificationName(string method) => (method, IsEnglish) switch
    {
        ("document-review", false) => "Dokumentenprüfung",
        ("certificate", false) => "Zertifikat",
        ("test", false) => "Test",
        ("audit", false) => "Audit",
        ("self-declaration", false) => "Eigenerklärung",
        ("reference", false) => "Referenz",
        (_, true) => method.Replace('-', ' '),
        _ => method,
    };
}
