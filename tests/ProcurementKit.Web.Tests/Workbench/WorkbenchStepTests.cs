using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using ProcurementKit.Rendering.Packaging;
using ProcurementKit.Web.Tests.Support;
using ProcurementKit.Web.Workbench;
using ProcurementKit.Workflow;

namespace ProcurementKit.Web.Tests.Workbench;

/// <summary>Each step of the workbench over HTTP: what it writes into the tender, and how it refuses bad input.</summary>
public sealed class WorkbenchStepTests(WorkbenchServer server) : IClassFixture<WorkbenchServer>
{
    private static readonly string s_lorawan = File.ReadAllText(Examples.Path("lorawan-network.json"));

    [Fact]
    public async Task The_lots_step_shows_the_lots_with_their_categories_and_deployment_ticked()
    {
        using var client = server.Client();
        var lots = await WorkbenchFlow.NextUntil(client, await WorkbenchFlow.Open(client, s_lorawan), "Lose und Produktarten");

        ((IHtmlInputElement)lots.QuerySelector("#lot-1-title")!).Value.ShouldBe("Netzwerkserver mit Join-Server und Geräteverwaltung");
        Checked(lots, "lot-1-categories").ShouldBe(["network-server", "device-management"]);
        Checked(lots, "lot-2-deployment").ShouldBe(["on-premises"]);
        lots.QuerySelector("#lot-0")!.TextContent.ShouldContain("Funk-Gateway, das LoRaWAN-Pakete");
    }

    [Fact]
    public async Task A_lot_is_added_and_removed_and_the_lots_stay_numbered()
    {
        using var client = server.Client();
        var lots = await WorkbenchFlow.NextUntil(client, await WorkbenchFlow.Open(client, s_lorawan), "Lose und Produktarten");

        var added = await WorkbenchFlow.Press(client, lots, "add-lot", new Dictionary<string, string> { ["lot-0-title"] = "Gateways, geändert" });
        added.QuerySelectorAll("fieldset.lot").Length.ShouldBe(4);
        added.QuerySelector("#lot-3 legend")!.TextContent.ShouldBe("Los 4");
        ((IHtmlInputElement)added.QuerySelector("#lot-0-title")!).Value.ShouldBe("Gateways, geändert");

        var removed = await WorkbenchFlow.Press(client, added, "remove-lot-1");
        removed.QuerySelectorAll("fieldset.lot").Length.ShouldBe(3);
        removed.QuerySelectorAll("fieldset.lot legend").Where(l => l.ParentElement!.ClassList.Contains("lot")).Select(l => l.TextContent).ShouldBe(["Los 1", "Los 2", "Los 3"]);
        ((IHtmlInputElement)removed.QuerySelector("#lot-1-title")!).Value.ShouldBe("Sensoren für Wasserstände, Niederschlag und Umweltdaten");
        var state = JsonNode.Parse(WorkbenchFlow.State(removed))!;
        state["lots"]!.AsArray().Select(l => (string)l!["id"]!).ShouldBe(["1", "2", "3"]);
    }

    [Fact]
    public async Task An_unknown_category_posted_by_a_hostile_form_is_refused_with_the_cores_message()
    {
        using var client = server.Client();
        var lots = await WorkbenchFlow.NextUntil(client, await WorkbenchFlow.Open(client, s_lorawan), "Lose und Produktarten");

        var page = await WorkbenchFlow.Press(client, lots, "next", new Dictionary<string, string> { ["lot-0-categories"] = "lorawan-gateway|<img src=x onerror=alert(1)>" });

        page.QuerySelector("h1")!.TextContent.ShouldBe("Lose und Produktarten");
        var problems = page.QuerySelector(".problems")!.TextContent;
        problems.ShouldContain("'lots:0:categories:1'");
        problems.ShouldContain("<img src=x onerror=alert(1)>");
        page.QuerySelectorAll("img").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_lot_without_a_category_cannot_go_on()
    {
        using var client = server.Client();
        var lots = await WorkbenchFlow.NextUntil(client, await WorkbenchFlow.Open(client, s_lorawan), "Lose und Produktarten");

        var page = await WorkbenchFlow.Press(client, lots, "next", new Dictionary<string, string> { ["lot-2-categories"] = string.Empty });

        page.QuerySelector("h1")!.TextContent.ShouldBe("Lose und Produktarten");
        page.QuerySelector(".problems")!.TextContent.ShouldContain("'lots:2:categories'");
    }

    [Fact]
    public async Task The_questionnaire_goes_goal_by_goal_asks_for_reasons_and_writes_what_the_core_determines()
    {
        using var client = server.Client();
        var needs = await WorkbenchFlow.NextUntil(client, await WorkbenchFlow.Open(client, s_lorawan), "Schutzbedarf");
        needs.QuerySelector("#goal-title")!.TextContent.ShouldStartWith("Vertraulichkeit");
        needs.QuerySelector("#scenario-personal-integrity")!.TextContent.ShouldContain("Leib und Leben");
        Checked(needs, "rating-personal-integrity-level").ShouldBe(["normal"]);

        var integrity = await WorkbenchFlow.Press(client, needs, "next");
        integrity.QuerySelector("#goal-title")!.TextContent.ShouldStartWith("Integrität");
        Checked(integrity, "rating-personal-integrity-level").ShouldBe(["high"]);
        integrity.QuerySelector("#determined-level")!.TextContent.ShouldBe("hoch");

        var unexplained = await WorkbenchFlow.Press(client, integrity, "next", new Dictionary<string, string>
        {
            ["rating-task-performance-level"] = "very-high",
            ["rating-task-performance-reason"] = " ",
        });
        unexplained.QuerySelector("#goal-title")!.TextContent.ShouldStartWith("Integrität");
        unexplained.QuerySelector(".problems")!.TextContent.ShouldContain("'assessment:ratings:task-performance:integrity:reason'");
        unexplained.QuerySelector("#determined-level")!.TextContent.ShouldBe("sehr hoch");

        var availability = await WorkbenchFlow.Press(client, unexplained, "next", new Dictionary<string, string>
        {
            ["rating-task-performance-reason"] = "Ohne korrekte Pegel bleibt die Hochwasserwarnung aus.",
        });
        availability.QuerySelector("#goal-title")!.TextContent.ShouldStartWith("Verfügbarkeit");
        var context = await WorkbenchFlow.Press(client, availability, "next");

        context.QuerySelector("h1")!.TextContent.ShouldBe("Einsatzumfeld und Vergabe");
        var state = JsonNode.Parse(WorkbenchFlow.State(context))!;
        state["protectionNeeds"]!["integrity"]!["level"]!.GetValue<string>().ShouldBe("very-high");
        state["protectionNeeds"]!["integrity"]!["reason"]!.GetValue<string>().ShouldContain("Ohne korrekte Pegel bleibt die Hochwasserwarnung aus");
        state["assessment"]!["ratings"]!["task-performance"]!["integrity"]!["level"]!.GetValue<string>().ShouldBe("very-high");
    }

    [Fact]
    public async Task A_cumulation_effect_raises_the_level_and_one_that_lowers_is_refused_by_the_core()
    {
        using var client = server.Client();
        var needs = await WorkbenchFlow.NextUntil(client, await WorkbenchFlow.Open(client, s_lorawan), "Schutzbedarf");

        var raised = await WorkbenchFlow.Press(client, needs, "stay", new Dictionary<string, string>
        {
            ["adjust-effect"] = "cumulation",
            ["adjust-level"] = "high",
            ["adjust-reason"] = "Viele offene Messwerte zusammen verraten Betriebsabläufe.",
        });
        raised.QuerySelector("#determined-level")!.TextContent.ShouldBe("hoch");

        var wrong = await WorkbenchFlow.Press(client, raised, "next", new Dictionary<string, string> { ["adjust-level"] = "normal", ["rating-personal-integrity-level"] = "high", ["rating-personal-integrity-reason"] = "Gefahr" });
        wrong.QuerySelector("#goal-title")!.TextContent.ShouldStartWith("Vertraulichkeit");
        wrong.QuerySelector(".problems")!.TextContent.ShouldContain("'assessment:adjustments:confidentiality");
    }

    [Fact]
    public async Task A_level_the_core_does_not_know_leaves_the_answer_open_and_the_core_names_it()
    {
        using var client = server.Client();
        var needs = await WorkbenchFlow.NextUntil(client, await WorkbenchFlow.Open(client, s_lorawan), "Schutzbedarf");

        var page = await WorkbenchFlow.Press(client, needs, "next", new Dictionary<string, string> { ["rating-financial-consequences-level"] = "extreme" });

        page.QuerySelector("#goal-title")!.TextContent.ShouldStartWith("Vertraulichkeit");
        page.QuerySelector(".problems")!.TextContent.ShouldContain("'assessment:ratings:financial-consequences:confidentiality'");
    }

    [Fact]
    public async Task Protection_needs_brought_without_an_assessment_can_be_kept_as_they_are()
    {
        using var client = server.Client();
        var tender = await File.ReadAllTextAsync(Examples.Path("managed-operations.json"));
        JsonNode.Parse(tender)!["assessment"].ShouldBeNull();
        var needs = await WorkbenchFlow.NextUntil(client, await WorkbenchFlow.Open(client, tender), "Schutzbedarf");
        needs.QuerySelector("#brought-needs").ShouldNotBeNull();

        var context = await WorkbenchFlow.Press(client, needs, "keep-needs");

        context.QuerySelector("h1")!.TextContent.ShouldBe("Einsatzumfeld und Vergabe");
        var state = JsonNode.Parse(WorkbenchFlow.State(context))!;
        state["assessment"].ShouldBeNull();
        state["protectionNeeds"]!.ToJsonString().ShouldBe(JsonNode.Parse(tender)!["protectionNeeds"]!.ToJsonString());
    }

    [Fact]
    public async Task The_context_step_writes_every_context_key_the_phases_only_when_not_the_default_and_the_award_method()
    {
        using var client = server.Client();
        var context = await WorkbenchFlow.NextUntil(client, await WorkbenchFlow.Open(client, s_lorawan), "Einsatzumfeld und Vergabe");
        Checked(context, "phase").ShouldBe(["planning", "implementation", "operation", "decommissioning"]);
        context.QuerySelector("#step-form")!.TextContent.ShouldContain("Werden personenbezogene Daten verarbeitet?");

        var unchanged = await WorkbenchFlow.Press(client, context, "stay");
        var state = JsonNode.Parse(WorkbenchFlow.State(unchanged))!;
        state["phases"].ShouldBeNull();
        state["context"]!["vendorRemoteAccess"]!.GetValue<bool>().ShouldBeTrue();
        state["context"]!["personalData"]!.GetValue<bool>().ShouldBeFalse();

        var pilot = await WorkbenchFlow.Press(client, context, "next", new Dictionary<string, string>
        {
            ["phase"] = "operation|experiment",
            ["context-personalData"] = "true",
            ["method"] = "simple-reference-value",
            ["fluctuationPercent"] = "0",
        });
        pilot.QuerySelector("h1")!.TextContent.ShouldBe("Vorschau der Anforderungen");
        state = JsonNode.Parse(WorkbenchFlow.State(pilot))!;
        state["phases"]!.AsArray().Select(p => (string)p!).ShouldBe(["experiment", "operation"]);
        state["context"]!["personalData"]!.GetValue<bool>().ShouldBeTrue();
        state["evaluation"]!["method"]!.GetValue<string>().ShouldBe("simple-reference-value");
    }

    [Fact]
    public async Task The_extended_method_without_a_fluctuation_range_is_refused_with_the_cores_message()
    {
        using var client = server.Client();
        var context = await WorkbenchFlow.NextUntil(client, await WorkbenchFlow.Open(client, s_lorawan), "Einsatzumfeld und Vergabe");

        var page = await WorkbenchFlow.Press(client, context, "next", new Dictionary<string, string> { ["fluctuationPercent"] = "0" });

        page.QuerySelector("h1")!.TextContent.ShouldBe("Einsatzumfeld und Vergabe");
        page.QuerySelector(".problems")!.TextContent.ShouldContain("'evaluation:fluctuationPercent'");
    }

    [Fact]
    public async Task The_preview_shows_every_requirement_and_every_excluded_clause_as_explain_does()
    {
        using var client = server.Client();
        var preview = await WorkbenchFlow.NextUntil(client, await WorkbenchFlow.Open(client, s_lorawan), "Vorschau der Anforderungen");
        var expected = Examples.Prepared(s_lorawan).Selection;

        var rows = preview.QuerySelectorAll("#requirements tbody tr");
        rows.Select(r => r.Children[1].TextContent).ShouldBe(expected.Requirements.Select(r => r.Id));
        var first = expected.Requirements[0];
        rows[0].Children[3].TextContent.ShouldBe(first.Obligation.Display(ProcurementKit.Catalog.Language.German));
        rows[0].Children[4].TextContent.ShouldBe(string.Join(", ", first.Lots));
        rows[0].Children[5].TextContent.ShouldBe(first.Reason.De);
        preview.QuerySelectorAll("#excluded tbody tr").Select(r => r.Children[0].TextContent).ShouldBe(expected.Excluded.Select(e => e.Id));
        preview.QuerySelector("#excluded")!.TextContent.ShouldContain(expected.Excluded[0].Reason.De);
    }

    [Fact]
    public async Task A_parameter_is_overridden_within_its_bounds_and_shown_with_its_presets()
    {
        using var client = server.Client();
        var preview = await WorkbenchFlow.NextUntil(client, await WorkbenchFlow.Open(client, s_lorawan), "Vorschau der Anforderungen");
        var row = preview.QuerySelector("#param-replacement-delivery-weeks")!.Closest("tr")!;
        row.TextContent.ShouldContain("2\u00A0Wochen bis 26\u00A0Wochen");
        row.TextContent.ShouldContain("hoch: 8\u00A0Wochen");
        ((IHtmlInputElement)preview.QuerySelector("#param-support-period-years")!).Value.ShouldBe("8");

        var page = await WorkbenchFlow.Press(client, preview, "stay", new Dictionary<string, string> { ["param-replacement-delivery-weeks"] = "6" });

        page.QuerySelector(".problems").ShouldBeNull();
        JsonNode.Parse(WorkbenchFlow.State(page))!["parameters"]!["replacement-delivery-weeks"]!.GetValue<int>().ShouldBe(6);
        page.QuerySelector("#param-replacement-delivery-weeks")!.Closest("tr")!.TextContent.ShouldContain("6\u00A0Wochen");
    }

    [Fact]
    public async Task An_out_of_range_parameter_is_refused_with_the_cores_message_and_the_preview_stays()
    {
        using var client = server.Client();
        var preview = await WorkbenchFlow.NextUntil(client, await WorkbenchFlow.Open(client, s_lorawan), "Vorschau der Anforderungen");

        var page = await WorkbenchFlow.Press(client, preview, "next", new Dictionary<string, string> { ["param-support-period-years"] = "3" });

        page.QuerySelector("h1")!.TextContent.ShouldBe("Vorschau der Anforderungen");
        var problems = page.QuerySelector(".problems")!.TextContent;
        problems.ShouldContain("'parameters:support-period-years'");
        problems.ShouldContain("3 is below the minimum 5");
        ((IHtmlInputElement)page.QuerySelector("#param-support-period-years")!).Value.ShouldBe("3");
        page.QuerySelectorAll("#requirements tbody tr").Length.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Every_document_downloads_as_compose_writes_it_and_the_zip_holds_them_all_in_a_fixed_order()
    {
        using var client = server.Client();
        var documents = await WorkbenchFlow.NextUntil(client, await WorkbenchFlow.Open(client, s_lorawan), "Dokumente");
        using var saved = await WorkbenchFlow.Download(client, documents, "tender.json");
        var tender = await saved.Content.ReadAsStringAsync();

        foreach (var name in new[] { TenderWorkflow.AnnexDocx, TenderWorkflow.ResponseForm, TenderWorkflow.EvaluationMatrix, TenderWorkflow.SelectionJson })
        {
            using var response = await WorkbenchFlow.Download(client, documents, name);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            response.Content.Headers.ContentDisposition!.FileName.ShouldBe(name);
            (await response.Content.ReadAsByteArrayAsync()).ShouldBe(Examples.Composed(tender, name), name);
        }

        using var first = await WorkbenchFlow.Download(client, documents, "tender-documents.zip");
        using var second = await WorkbenchFlow.Download(client, documents, "tender-documents.zip");
        var zip = await first.Content.ReadAsByteArrayAsync();
        zip.ShouldBe(await second.Content.ReadAsByteArrayAsync());
        first.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        using var archive = new ZipArchive(new MemoryStream(zip));
        archive.Entries.Select(e => e.FullName).ShouldBe(["annex.docx", "response-form.xlsx", "evaluation-matrix.xlsx", "selection.json", "tender.json"]);
        archive.Entries.ShouldAllBe(e => e.LastWriteTime == DeterministicZip.FixedTime);
        using var annex = new MemoryStream();
        archive.GetEntry("annex.docx")!.Open().CopyTo(annex);
        annex.ToArray().ShouldBe(Examples.Composed(tender, TenderWorkflow.AnnexDocx));
        new StreamReader(archive.GetEntry("tender.json")!.Open()).ReadToEnd().ShouldBe(tender);
    }

    [Fact]
    public async Task Save_progress_on_a_step_takes_what_was_typed_there()
    {
        using var client = server.Client();
        var lots = await WorkbenchFlow.NextUntil(client, await WorkbenchFlow.Open(client, s_lorawan), "Lose und Produktarten");
        var fields = PageForm.Containing(lots, "#save-progress").Pairs(new Dictionary<string, string> { ["lot-0-title"] = "Gateways (neu)", ["document"] = "tender.json" });

        using var response = await client.PostAsync("/?handler=Download", new FormUrlEncodedContent(fields));

        response.Content.Headers.ContentDisposition!.FileName.ShouldBe("tender.json");
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["lots"]![0]!["title"]!.GetValue<string>().ShouldBe("Gateways (neu)");
    }

    [Fact]
    public async Task The_language_button_keeps_the_tender_and_what_was_typed_and_the_step()
    {
        using var client = server.Client();
        var lots = await WorkbenchFlow.NextUntil(client, await WorkbenchFlow.Open(client, s_lorawan), "Lose und Produktarten");
        lots.QuerySelector("button#switch-language")!.GetAttribute("form").ShouldBe("step-form");

        var english = await WorkbenchFlow.Press(client, lots, "language", new Dictionary<string, string> { ["lot-0-title"] = "Gateways" });

        english.QuerySelector("h1")!.TextContent.ShouldBe("Lots and product categories");
        english.DocumentElement.GetAttribute("lang").ShouldBe("en");
        ((IHtmlInputElement)english.QuerySelector("#lot-0-title")!).Value.ShouldBe("Gateways");
        ((IHtmlInputElement)english.QuerySelector("#step-form input[name=ui]")!).Value.ShouldBe("en");
        english.QuerySelector(".problems").ShouldBeNull();
        JsonNode.Parse(WorkbenchFlow.State(english))!["language"]!.GetValue<string>().ShouldBe("de");

        var german = await WorkbenchFlow.Press(client, english, "language");
        german.QuerySelector("h1")!.TextContent.ShouldBe("Lose und Produktarten");
    }

    [Fact]
    public async Task An_oversized_state_is_refused_with_a_clear_message()
    {
        using var client = server.Client();
        var details = await WorkbenchFlow.Open(client, s_lorawan);
        var huge = s_lorawan.Replace("\"description\": \"", "\"description\": \"" + new string('x', TenderDraft.MaxBytes), StringComparison.Ordinal);

        var page = await WorkbenchFlow.Press(client, details, "next", new Dictionary<string, string> { ["state"] = huge });

        page.QuerySelector(".problems")!.TextContent.ShouldContain("larger than 1024 KB");
        page.QuerySelector("#open-tender").ShouldNotBeNull();
    }

    [Fact]
    public async Task A_step_post_without_the_antiforgery_token_is_refused()
    {
        using var client = server.Client();
        var details = await WorkbenchFlow.Open(client, s_lorawan);
        var fields = PageForm.Containing(details, "#next").Pairs(new Dictionary<string, string> { ["go"] = "next" });
        fields.RemoveAll(f => f.Key == "__RequestVerificationToken");

        using var step = await client.PostAsync("/?handler=Step", new FormUrlEncodedContent(fields));
        using var download = await client.PostAsync("/?handler=Download", new FormUrlEncodedContent([.. fields, new("document", "annex.docx")]));

        step.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        download.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static string[] Checked(IHtmlDocument page, string name) =>
        [.. page.QuerySelectorAll($"input[name='{name}']").Cast<IHtmlInputElement>().Where(i => i.IsChecked).Select(i => i.Value)];
}
