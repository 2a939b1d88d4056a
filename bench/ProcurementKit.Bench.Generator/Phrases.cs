namespace ProcurementKit.Bench.Generator;

/// <summary>A sentence in German and its English counterpart.</summary>
internal sealed record Pair(string De, string En);

/// <summary>
/// The sentences synthetic clauses are composed of. They read like the shipped catalog (who must do
/// what, how it is shown) so the documents have realistic paragraph, list and table lengths.
/// </summary>
internal static class Phrases
{
    public static readonly Pair[] Subjects =
    [
        new("Schutz der Verwaltungszugänge", "Protection of management access"),
        new("Protokollierung sicherheitsrelevanter Ereignisse", "Logging of security-relevant events"),
        new("Signierte Firmware-Updates", "Signed firmware updates"),
        new("Verschlüsselte Kommunikation", "Encrypted communication"),
        new("Härtung im Auslieferungszustand", "Hardening in the delivered state"),
        new("Umgang mit Schwachstellen", "Handling of vulnerabilities"),
        new("Meldung von Sicherheitsvorfällen", "Reporting of security incidents"),
        new("Datensicherung und Wiederherstellung", "Backup and restore"),
        new("Datenexport und Portabilität", "Data export and portability"),
        new("Löschung bei Vertragsende", "Deletion at contract end"),
        new("Kontrolle der Unterauftragnehmer", "Control of subcontractors"),
        new("Software-Stückliste", "Software bill of materials"),
        new("Schlüsselverwaltung", "Key management"),
        new("Rollen und Berechtigungen", "Roles and permissions"),
        new("Fernwartung", "Remote maintenance"),
        new("Netztrennung", "Network separation"),
        new("Zeitsynchronisation", "Time synchronisation"),
        new("Betriebsdokumentation", "Operating documentation"),
        new("Notfallvorsorge", "Emergency preparedness"),
        new("Sichere Entwicklung", "Secure development"),
    ];

    public static readonly Pair[] Qualifiers =
    [
        new(" für Feldgeräte", " for field devices"),
        new(" für zentrale Komponenten", " for central components"),
        new(" im Betrieb", " in operation"),
        new(" bei Fernzugriff", " for remote access"),
        new(" der Plattform", " of the platform"),
        new(string.Empty, string.Empty),
    ];

    public static readonly Pair[] Intros =
    [
        new("Der Auftragnehmer muss für alle angebotenen Komponenten die folgenden Vorgaben erfüllen und ihre Umsetzung auf Verlangen des Auftraggebers nachweisen.", "The contractor must meet the following specifications for all offered components and demonstrate their implementation at the buyer's request."),
        new("Die Anforderung gilt für Feldgeräte, Gateways und zentrale Komponenten gleichermaßen; Ausnahmen sind im Angebot zu begründen.", "The requirement applies equally to field devices, gateways and central components; exceptions must be justified in the offer."),
        new("Der Auftragnehmer muss ein dokumentiertes Verfahren vorhalten, das mindestens die folgenden Punkte regelt.", "The contractor must maintain a documented procedure that covers at least the following points."),
        new("Die Lösung muss so gestaltet sein, dass der Auftraggeber die folgenden Eigenschaften jederzeit selbst prüfen kann.", "The solution must be designed so that the buyer can check the following properties itself at any time."),
        new("Setzt der Auftragnehmer Unterauftragnehmer ein, muss er die folgenden Pflichten vertraglich an sie weitergeben.", "Where the contractor uses subcontractors, it must pass the following obligations on to them by contract."),
        new("Für die gesamte Vertragslaufzeit gilt:", "For the whole term of the contract:"),
        new("Die Vorgaben orientieren sich am Stand der Technik; gleichwertige Lösungen sind zulässig, wenn der Bieter die Gleichwertigkeit im Angebot darlegt.", "The specifications follow the state of the art; equivalent solutions are permitted where the bidder demonstrates equivalence in the offer."),
        new("Der Auftragnehmer muss sicherstellen, dass die Lösung die folgenden Anforderungen bereits im Auslieferungszustand erfüllt, ohne dass der Auftraggeber zusätzliche Einstellungen vornehmen muss.", "The contractor must ensure that the solution meets the following requirements in its delivered state, without the buyer having to make additional settings."),
        new("Die Anforderung betrifft Betrieb, Wartung und Fernzugriff durch den Auftragnehmer sowie durch von ihm beauftragte Dritte.", "The requirement covers operation, maintenance and remote access by the contractor and by third parties it engages."),
        new("Der Auftragnehmer muss **vor der Abnahme** nachweisen, dass die folgenden Punkte umgesetzt sind.", "The contractor must demonstrate **before acceptance** that the following points are implemented."),
    ];

    public static readonly Pair[] Items =
    [
        new("Alle Verwaltungszugänge müssen eine Authentifizierung mit mindestens zwei Faktoren verlangen.", "All management access must require authentication with at least two factors."),
        new("Werkseitig gesetzte Standardpasswörter dürfen nicht verwendet werden; jedes Gerät muss ein eindeutiges Anfangspasswort erhalten.", "Factory default passwords must not be used; each device must receive a unique initial password."),
        new("Nicht benötigte Dienste, Schnittstellen und Konten müssen im Auslieferungszustand deaktiviert sein.", "Services, interfaces and accounts that are not needed must be disabled in the delivered state."),
        new("Die Kommunikation zwischen den Komponenten muss nach dem Stand der Technik verschlüsselt und gegen Veränderung geschützt sein (z. B. TLS 1.3 nach BSI TR-02102-2 oder gleichwertig).", "Communication between components must be encrypted and protected against modification according to the state of the art (e.g. TLS 1.3 according to BSI TR-02102-2 or equivalent)."),
        new("Sicherheitsrelevante Ereignisse müssen mit Zeitstempel, Quelle und Ergebnis protokolliert werden.", "Security-relevant events must be logged with timestamp, source and outcome."),
        new("Protokolle müssen vor unbefugter Veränderung und Löschung geschützt sein.", "Logs must be protected against unauthorised modification and deletion."),
        new("Änderungen an der Konfiguration müssen nachvollziehbar dokumentiert und vor der Umsetzung vom Auftraggeber freigegeben werden.", "Configuration changes must be documented traceably and approved by the buyer before they are made."),
        new("Der Auftragnehmer muss eine aktuelle Software-Stückliste (SBOM) im Format CycloneDX oder SPDX (oder gleichwertig) bereitstellen.", "The contractor must provide a current software bill of materials (SBOM) in CycloneDX or SPDX format (or equivalent)."),
        new("Bekannt gewordene Schwachstellen müssen bewertet und dem Auftraggeber mit einer Einschätzung der Auswirkungen mitgeteilt werden.", "Vulnerabilities that become known must be assessed and reported to the buyer with an assessment of their impact."),
        new("Firmware und Software dürfen nur installiert werden, wenn ihre Signatur erfolgreich geprüft wurde.", "Firmware and software may only be installed after their signature has been verified successfully."),
        new("Ein fehlgeschlagenes Update darf das Gerät nicht unbrauchbar machen; es muss automatisch auf den letzten funktionsfähigen Stand zurückfallen.", "A failed update must not render the device unusable; it must automatically fall back to the last working state."),
        new("Kryptografische Schlüssel müssen je Gerät eindeutig sein und dürfen das Gerät nicht im Klartext verlassen.", "Cryptographic keys must be unique per device and must not leave the device in plain text."),
        new("Die Rechte von Benutzer- und Dienstkonten müssen nach dem Prinzip der *minimalen Berechtigung* vergeben werden.", "Rights of user and service accounts must be granted according to the principle of *least privilege*."),
        new("Der Fernzugriff des Auftragnehmers darf nur über einen vom Auftraggeber freigegebenen und protokollierten Zugang erfolgen.", "Remote access by the contractor may only take place through an access point approved and logged by the buyer."),
        new("Personenbezogene Daten dürfen nur in Rechenzentren innerhalb der Europäischen Union verarbeitet werden.", "Personal data may only be processed in data centres within the European Union."),
        new("Der Auftraggeber muss alle Daten jederzeit in einem offenen, dokumentierten Format exportieren können.", "The buyer must be able to export all data at any time in an open, documented format."),
        new("Die Lösung muss den Ausfall einzelner Komponenten ohne Datenverlust überstehen.", "The solution must survive the failure of individual components without data loss."),
        new("Datensicherungen müssen verschlüsselt, räumlich getrennt und regelmäßig auf Wiederherstellbarkeit geprüft werden.", "Backups must be encrypted, stored in a separate location and tested regularly for restorability."),
        new("Sicherheitsvorfälle müssen dem Auftraggeber über die vereinbarte Kontaktstelle gemeldet werden; die Meldung muss Art, Umfang, betroffene Systeme und ergriffene Maßnahmen enthalten.", "Security incidents must be reported to the buyer through the agreed contact point; the report must state the nature, extent, affected systems and measures taken."),
        new("Der Auftragnehmer muss an der Aufklärung von Sicherheitsvorfällen mitwirken und die dafür nötigen Protokolle bereitstellen.", "The contractor must cooperate in investigating security incidents and provide the logs needed for it."),
        new("Die Dokumentation muss in deutscher Sprache vorliegen und bei jeder wesentlichen Änderung aktualisiert werden.", "The documentation must be available in German and be updated on every significant change."),
        new("Schnittstellen müssen offen dokumentiert sein, sodass der Auftraggeber sie ohne Mitwirkung des Auftragnehmers nutzen kann.", "Interfaces must be openly documented so that the buyer can use them without the contractor's involvement."),
        new("Bei Vertragsende müssen alle Daten des Auftraggebers nachweislich gelöscht werden; die Löschung ist schriftlich zu bestätigen.", "At the end of the contract all of the buyer's data must be verifiably deleted; the deletion must be confirmed in writing."),
        new("Datenträger, die das Gelände des Auftraggebers verlassen, müssen vorher sicher gelöscht oder vernichtet werden.", "Storage media leaving the buyer's premises must be securely erased or destroyed beforehand."),
        new("Der Auftragnehmer muss die eingesetzten Unterauftragnehmer mit Sitz und Leistungsanteil benennen.", "The contractor must name the subcontractors it uses with their seat and share of the service."),
        new("Ein Wechsel von Unterauftragnehmern bedarf der vorherigen Zustimmung des Auftraggebers.", "A change of subcontractors requires the buyer's prior consent."),
        new("Die Lösung muss eine Zeitsynchronisation über eine vom Auftraggeber festgelegte Zeitquelle unterstützen.", "The solution must support time synchronisation with a time source set by the buyer."),
        new("Die Lösung muss in einem eigenen Netzsegment ohne eingehende Verbindungen aus dem Internet betrieben werden können.", "The solution must be operable in a dedicated network segment without inbound connections from the internet."),
        new("Sicherheitsfunktionen dürfen durch Updates nicht ohne Zustimmung des Auftraggebers eingeschränkt werden.", "Security functions must not be restricted by updates without the buyer's consent."),
        new("Der Auftragnehmer muss die Wirksamkeit der Maßnahmen mindestens einmal jährlich überprüfen und das Ergebnis berichten.", "The contractor must review the effectiveness of the measures at least once a year and report the result."),
        new("Testsysteme dürfen keine produktiven personenbezogenen Daten enthalten.", "Test systems must not contain productive personal data."),
        new("Die Rücksetzung auf den Auslieferungszustand muss alle Schlüssel, Zugangsdaten und Nutzdaten entfernen.", "A reset to the delivered state must remove all keys, credentials and user data."),
        new("Anmeldeversuche über Netzschnittstellen müssen nach wiederholten Fehlversuchen verzögert oder gesperrt werden.", "Login attempts via network interfaces must be delayed or blocked after repeated failures."),
        new("Der Auftragnehmer muss eine Kontaktstelle für Sicherheitsfragen benennen, die an Werktagen erreichbar ist.", "The contractor must name a contact point for security matters that can be reached on working days."),
        new("Die Ergebnisse von Sicherheitsprüfungen müssen dem Auftraggeber **vollständig und unverändert** vorgelegt werden.", "The results of security tests must be submitted to the buyer **completely and unaltered**."),
        new("Abweichungen von diesen Vorgaben sind nur mit schriftlicher Zustimmung des Auftraggebers zulässig.", "Deviations from these specifications are only permitted with the buyer's written consent."),
    ];

    public static readonly Pair[] Notes =
    [
        new("**Hinweis:** Gleichwertige Nachweise anderer Prüfstellen werden anerkannt.", "**Note:** Equivalent evidence from other testing bodies is accepted."),
        new("**Hinweis:** Die Anforderung gilt auch für Komponenten, die der Auftragnehmer von Dritten bezieht.", "**Note:** The requirement also applies to components the contractor obtains from third parties."),
        new("**Hinweis:** Kosten für die Erfüllung dieser Anforderung sind in die Angebotspreise einzurechnen.", "**Note:** Costs of meeting this requirement must be included in the offered prices."),
    ];

    public static readonly Pair[] Evidence =
    [
        new("Beschreibung des Verfahrens mit Zuständigkeiten, Fristen und Eskalationswegen; Muster der zugehörigen Berichte.", "Description of the procedure with responsibilities, deadlines and escalation paths; samples of the related reports."),
        new("Herstellererklärung je angebotenem Produkt und Bildschirmfotos der betreffenden Einstellungen.", "Manufacturer's declaration for each offered product and screenshots of the relevant settings."),
        new("Prüfbericht einer unabhängigen Stelle, nicht älter als zwölf Monate, oder gleichwertiger Nachweis.", "Test report by an independent body, no older than twelve months, or equivalent evidence."),
        new("Konzept mit Netzplan, Rollenmatrix und Beschreibung der technischen Maßnahmen; Vorführung bei der Abnahme.", "Concept with network diagram, role matrix and description of the technical measures; demonstration at acceptance."),
        new("Eigenerklärung des Bieters mit Benennung der verantwortlichen Stelle und Beschreibung der Umsetzung.", "Self-declaration by the bidder naming the responsible unit and describing the implementation."),
    ];

    public static readonly Pair[] Rationales =
    [
        new("Die Anforderung setzt eine Basisanforderung des IT-Grundschutzes um und ist für kommunale IoT-Infrastruktur üblich.", "The requirement implements a basic IT-Grundschutz requirement and is common for municipal IoT infrastructure."),
        new("Ohne diese Vorgabe kann der Auftraggeber seine Pflichten aus DSGVO und CRA nicht nachweisen.", "Without this specification the buyer cannot demonstrate its obligations under the GDPR and the CRA."),
        new("Bei höherem Schutzbedarf wird die Anforderung zwingend, weil ein Ausfall oder eine Manipulation erhebliche Folgen hätte.", "At higher protection need the requirement becomes mandatory because a failure or manipulation would have considerable consequences."),
        new("Die Vorgabe vermeidet Abhängigkeiten von einem einzelnen Anbieter und sichert die Handlungsfähigkeit des Auftraggebers.", "The specification avoids dependence on a single vendor and secures the buyer's ability to act."),
    ];
}
