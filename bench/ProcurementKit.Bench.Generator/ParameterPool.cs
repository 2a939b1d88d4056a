namespace ProcurementKit.Bench.Generator;

/// <summary>
/// A clause parameter as the catalog declares it (the YAML value after the name), the sentence that
/// uses it in both languages, and the full-points value when a B criterion may score it.
/// </summary>
internal sealed record PoolParameter(string Name, string Definition, Pair Sentence, string? FullAt);

/// <summary>Parameters modelled on the shipped catalog: deadlines fall with the level, periods rise.</summary>
internal static class ParameterPool
{
    public static readonly PoolParameter[] All =
    [
        new("support-period-years", "{ type: integer, unit: years, min: 5, normal: 5, high: 7, very-high: 10 }",
            new("Sicherheitsupdates müssen für mindestens {{support-period-years}} ab Abnahme bereitgestellt werden.", "Security updates must be provided for at least {{support-period-years}} from acceptance."), "12"),
        new("patch-deadline-days", "{ type: integer, unit: days, min: 1, max: 90, normal: 30, high: 14, very-high: 7 }",
            new("Kritische Sicherheitsupdates müssen spätestens {{patch-deadline-days}} nach Veröffentlichung eingespielt sein.", "Critical security updates must be installed no later than {{patch-deadline-days}} after publication."), null),
        new("log-retention-days", "{ type: integer, unit: days, min: 30, normal: 90, high: 180, very-high: 365 }",
            new("Sicherheitsprotokolle müssen mindestens {{log-retention-days}} lang aufbewahrt werden.", "Security logs must be kept for at least {{log-retention-days}}."), "730"),
        new("availability-percent", "{ type: number, unit: percent, min: 95.0, max: 100.0, normal: 99.0, high: 99.5, very-high: 99.9 }",
            new("Die Lösung muss eine Verfügbarkeit von mindestens {{availability-percent}} im Kalendermonat erreichen.", "The solution must reach an availability of at least {{availability-percent}} per calendar month."), "99.95"),
        new("incident-report-hours", "{ type: integer, unit: hours, min: 1, max: 72, normal: 24, high: 8, very-high: 4 }",
            new("Sicherheitsvorfälle müssen spätestens {{incident-report-hours}} nach Kenntnis gemeldet werden.", "Security incidents must be reported no later than {{incident-report-hours}} after becoming known."), null),
        new("access-review-months", "{ type: integer, unit: months, min: 1, max: 12, normal: 12, high: 6, very-high: 3 }",
            new("Die vergebenen Berechtigungen müssen mindestens alle {{access-review-months}} überprüft werden.", "Granted permissions must be reviewed at least every {{access-review-months}}."), null),
        new("key-length-bits", "{ type: integer, unit: bits, min: 2048, normal: 3072, high: 3072, very-high: 4096 }",
            new("RSA-Schlüssel müssen eine Länge von mindestens {{key-length-bits}} haben.", "RSA keys must have a length of at least {{key-length-bits}}."), null),
        new("backup-retention-days", "{ type: integer, unit: days, min: 7, normal: 30, high: 90, very-high: 180 }",
            new("Datensicherungen müssen mindestens {{backup-retention-days}} lang vorgehalten werden.", "Backups must be retained for at least {{backup-retention-days}}."), null),
        new("incident-drills-per-year", "{ type: integer, unit: count, min: 1, normal: 1, high: 2, very-high: 4 }",
            new("Der Auftragnehmer muss je Vertragsjahr mindestens {{incident-drills-per-year}} gemeinsame Notfallübungen durchführen.", "The contractor must hold at least {{incident-drills-per-year}} joint emergency drills per contract year."), "6"),
        new("change-notice-days", "{ type: integer, unit: days, min: 5, normal: 10, high: 14, very-high: 20 }",
            new("Geplante Änderungen müssen mindestens {{change-notice-days}} vorher angekündigt werden.", "Planned changes must be announced at least {{change-notice-days}} in advance."), null),
        new("restore-time-hours", "{ type: integer, unit: hours, min: 1, max: 72, normal: 24, high: 8, very-high: 4 }",
            new("Nach einem Ausfall muss der Betrieb spätestens {{restore-time-hours}} nach der Störungsmeldung wiederhergestellt sein.", "After a failure, operation must be restored no later than {{restore-time-hours}} after the fault report."), null),
        new("session-timeout-minutes", "{ type: integer, unit: minutes, min: 1, max: 60, normal: 30, high: 15, very-high: 10 }",
            new("Inaktive Verwaltungssitzungen müssen nach höchstens {{session-timeout-minutes}} beendet werden.", "Inactive management sessions must be ended after at most {{session-timeout-minutes}}."), null),
        new("transition-support-days", "{ type: integer, unit: days, min: 10, normal: 10, high: 20, very-high: 30 }",
            new("Bei Vertragsende muss der Auftragnehmer den Übergang mindestens {{transition-support-days}} lang unterstützen.", "At the end of the contract the contractor must support the transition for at least {{transition-support-days}}."), "45"),
    ];
}
