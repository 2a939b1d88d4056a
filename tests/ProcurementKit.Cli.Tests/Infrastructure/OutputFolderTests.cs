using ProcurementKit.Cli.Infrastructure;

namespace ProcurementKit.Cli.Tests.Infrastructure;

public sealed class OutputFolderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pk-output-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Should_WriteEveryFile_When_AllRender(bool parallel)
    {
        var folder = Folder(force: false, parallel)
            .Add("a.txt", s => s.Write("eins"u8))
            .Add("b.txt", s => s.Write("zwei"u8));

        var written = folder.Commit();

        written.Select(Path.GetFileName).ShouldBe(["a.txt", "b.txt"]);
        File.ReadAllText(Path.Combine(_directory, "b.txt")).ShouldBe("zwei");
        Directory.GetFiles(_directory).Length.ShouldBe(2);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Should_KeepTheOldFilesAndLeaveNoTemporaryOnes_When_OneFileFails(bool parallel)
    {
        File.WriteAllText(Path.Combine(_directory, "a.txt"), "alt");
        var folder = Folder(force: true, parallel)
            .Add("a.txt", s => s.Write("neu"u8))
            .Add("b.txt", _ => throw new CliFailureException("b.txt: error: cannot be rendered"));

        var failure = Should.Throw<CliFailureException>(() => folder.Commit());

        failure.Message.ShouldContain("b.txt: error: cannot be rendered");
        File.ReadAllText(Path.Combine(_directory, "a.txt")).ShouldBe("alt");
        Directory.GetFiles(_directory).Select(Path.GetFileName).ShouldBe(["a.txt"]);
    }

    private OutputFolder Folder(bool force, bool parallel)
    {
        var folder = new OutputFolder(_directory, force);
        return parallel ? folder.InParallel() : folder;
    }
}
