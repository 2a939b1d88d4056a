using ProcurementKit.Catalog;

namespace ProcurementKit.Rendering.Review;

/// <summary>The fixed words of the review document and the redline, in German and English.</summary>
public sealed record ReviewLabels
{
    public static readonly ReviewLabels German = new()
    {
        Decision = "Entscheidung",
        DecisionChoices = ["freigegeben", "ändern", "Rückfrage"],
        DecisionPrompt = "☐ freigegeben   ☐ ändern   ☐ Rückfrage",
        Comment = "Kommentar",
        CommentPrompt = "Anmerkung, gewünschte Änderung oder Frage",
        Purpose = "Zweck",
        PurposeText = "Diese Prüffassung legt jede Klausel des Anforderungskatalogs mit allem vor, was über ihre Verwendung entscheidet: Anwendungsbereich, Verpflichtung je Schutzbedarf, Parameter mit ihren Vorgabewerten, Anforderungstext, Nachweis und Begründung. Sie dient der rechtlichen und fachlichen Prüfung vor der Freigabe des Katalogs für Ausschreibungen.",
        HowToDecide = "Halten Sie bei jeder Klausel im Feld „Entscheidung“ fest, ob sie freigegeben ist, geändert werden muss oder eine Rückfrage offen ist, und begründen Sie Änderungen und Rückfragen im Kommentarfeld. In Word wählen Sie die Entscheidung aus der Liste; auf Papier kreuzen Sie an. Werte in eckigen Klammern sind Parameter: Die Ausschreibung setzt den Wert ihres Schutzbedarfs ein.",
        SignOff = "Abschluss der Prüfung",
        SignOffText = "Die Unterzeichnenden haben die Klauseln dieser Prüffassung geprüft; ihre Entscheidungen stehen bei den Klauseln.",
        Name = "Name",
        Role = "Funktion",
        Date = "Datum",
        Signature = "Unterschrift",
        SignOffRoles = ["Rechtsprüfung", "Informationssicherheit", "Vergabestelle"],
        Attention = "Achtung:",
        CatalogVersionNotRaised = "Klauseln haben sich geändert, die Katalogversion aber nicht ({0} → {1}). Ausschreibungen zitieren Version und Prüfsumme; zwei verschiedene Fassungen dürfen nicht dieselbe Version tragen. Vor der Verwendung die Version in catalog.yaml erhöhen.",
        DeletedClauses = "Gelöschte Klauseln: {0}. Bereits veröffentlichte Ausschreibungen können sie zitieren. Üblich ist, eine Klausel nicht zu löschen, sondern mit „status: retired“ zurückzuziehen; eine Nachfolgerin nennt sie unter „replaces“.",
        RetireInstead = "gelöscht; besser zurückziehen (status: retired), da Ausschreibungen die Klausel zitieren können",
        GitRevision = "Git-Stand",
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
        Decision = "Decision",
        DecisionChoices = ["approved", "change", "question"],
        DecisionPrompt = "☐ approved   ☐ change   ☐ question",
        Comment = "Comment",
        CommentPrompt = "Remark, change requested or question",
        Purpose = "Purpose",
        PurposeText = "This review edition presents every clause of the requirements catalog with everything that decides its use: scope, obligation per protection need, parameters with their default values, requirement text, evidence and rationale. It serves the legal and technical review before the catalog is released for tenders.",
        HowToDecide = "For each clause, record in the field \"Decision\" whether it is approved, must be changed or raises a question, and give the reason for changes and questions in the comment field. In Word, pick the decision from the list; on paper, tick it. Values in square brackets are parameters: the tender puts in the value for its protection need.",
        SignOff = "Completion of the review",
        SignOffText = "The undersigned reviewed the clauses of this edition; their decisions are recorded with the clauses.",
        Name = "Name",
        Role = "Role",
        Date = "Date",
        Signature = "Signature",
        SignOffRoles = ["Legal review", "Information security", "Procurement office"],
        Attention = "Attention:",
        CatalogVersionNotRaised = "Clauses changed, but the catalog version did not ({0} → {1}). Tenders cite version and checksum; two different releases must not carry the same version. Raise the version in catalog.yaml before use.",
        DeletedClauses = "Deleted clauses: {0}. Tenders already published may cite them. The expected route is not to delete a clause but to retire it with \"status: retired\"; a successor names it in \"replaces\".",
        RetireInstead = "deleted; retire it instead (status: retired), since tenders may cite the clause",
        GitRevision = "git revision",
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
    public required string Decision { get; init; }
    public required IReadOnlyList<string> DecisionChoices { get; init; }
    public required string DecisionPrompt { get; init; }
    public required string Comment { get; init; }
    public required string CommentPrompt { get; init; }
    public required string Purpose { get; init; }
    public required string PurposeText { get; init; }
    public required string HowToDecide { get; init; }
    public required string SignOff { get; init; }
    public required string SignOffText { get; init; }
    public required string Name { get; init; }
    public required string Role { get; init; }
    public required string Date { get; init; }
    public required string Signature { get; init; }
    public required IReadOnlyList<string> SignOffRoles { get; init; }
    public required string Attention { get; init; }
    public required string CatalogVersionNotRaised { get; init; }
    public required string DeletedClauses { get; init; }
    public required string RetireInstead { get; init; }
    public required string GitRevision { get; init; }
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
