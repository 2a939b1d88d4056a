using ProcurementKit.Diagnostics;
using ProcurementKit.Evaluation;
using ProcurementKit.Evaluation.Forms;

namespace ProcurementKit.Tests.Evaluation.Forms;

public sealed class ResponseSetTests
{
    private static FormReadResult Read(string file, string bidder) => new(file, new BidderResponse(bidder, file, [new LotOffer("1", 100m)], []), []);

    [Fact]
    public void Should_RejectBothForms_When_TwoNameTheSameBidder()
    {
        var set = ResponseSet.Collect([Read("b.xlsx", "Alpha GmbH"), Read("a.xlsx", "alpha  gmbh"), Read("c.xlsx", "Beta AG")]);

        set.Responses.Select(r => r.Bidder).ShouldBe(["Beta AG"]);
        set.Rejected.Select(r => (r.File, r.Problems.Single().Code)).ShouldBe([("a.xlsx", "PK0640"), ("b.xlsx", "PK0640")]);
        set.Rejected[0].Problems[0].Message.ShouldBe("bidder 'alpha  gmbh' also returned b.xlsx; neither form is evaluated until it is clear which one is the offer");
    }

    [Fact]
    public void Should_KeepRejectedFormsWithTheirProblems_When_SomeCouldNotBeRead()
    {
        var bad = new FormReadResult("x.xlsx", null, [FormProblems.NotXlsx("x.xlsx", "it is not a zip package")]);

        var set = ResponseSet.Collect([bad, Read("a.xlsx", "Alpha")]);

        set.Responses.Count.ShouldBe(1);
        set.Rejected.Single().Problems.Single().Code.ShouldBe("PK0602");
    }
}
