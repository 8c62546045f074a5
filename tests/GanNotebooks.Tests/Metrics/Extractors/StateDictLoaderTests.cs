using GanNotebooks.Data;
using GanNotebooks.Metrics;
using GanNotebooks.Tests.Data;
using static TorchSharp.torch;

namespace GanNotebooks.Tests.Metrics.Extractors;

/// <summary>The state-dict reader on files torch.save wrote, and on damaged or crafted ones.</summary>
public sealed class StateDictLoaderTests
{
    public static TheoryData<string> TorchSavedFiles => ["tiny-zip.pth", "tiny-legacy.pth"];

    [Theory]
    [MemberData(nameof(TorchSavedFiles))]
    public void ReadsWhatPyTorchWrote(string file)
    {
        using var net = new TinyNet();

        StateDictLoader.Load(net, ReferenceFixture.PathOf(file));

        foreach (var (key, value) in net.state_dict())
        {
            using var expected = SyntheticWeights.Value(key, value.shape);
            Assert.True(
                expected.equal(value).all().item<bool>(), $"{file}: '{key}' differs from the formula.");
        }
    }

    [Theory]
    [MemberData(nameof(TorchSavedFiles))]
    public void TruncatedFilesGiveAnErrorNamingTheFile(string file)
    {
        var bytes = File.ReadAllBytes(ReferenceFixture.PathOf(file));
        using var folder = new TempFolder();
        foreach (double fraction in new[] { 0.0, 0.01, 0.1, 0.5, 0.9, 0.99 })
        {
            var path = folder.File($"cut-{fraction}.pth");
            File.WriteAllBytes(path, bytes[..(int)(bytes.Length * fraction)]);
            using var net = new TinyNet();

            var error = Assert.Throws<DataFileException>(() => StateDictLoader.Load(net, path));

            Assert.Contains(path, error.Message);
        }
    }

    [Fact]
    public void AnUnknownKeyIsNamed()
    {
        using var net = new TinyNet(convName: "stem");

        var error = Assert.Throws<DataFileException>(
            () => StateDictLoader.Load(net, ReferenceFixture.PathOf("tiny-zip.pth")));

        Assert.Contains("the file has key 'conv.weight', which the model does not have", error.Message);
    }

    [Fact]
    public void AWrongShapeIsNamedWithBothShapes()
    {
        using var net = new TinyNet(convOutputs: 5);

        var error = Assert.Throws<DataFileException>(
            () => StateDictLoader.Load(net, ReferenceFixture.PathOf("tiny-legacy.pth")));

        Assert.Contains("'conv.weight' should be shaped [5, 3, 3, 3], the file has [4, 3, 3, 3]",
            error.Message);
    }

    [Fact]
    public void AMissingKeyIsNamed()
    {
        using var folder = new TempFolder();
        var path = folder.File("one.pth");
        CraftedPickle.WriteArchive(path, CraftedPickle.OneTensor(5, 5, "fc.bias"), new byte[20]);
        using var net = new TinyNet();

        var error = Assert.Throws<DataFileException>(() => StateDictLoader.Load(net, path));

        Assert.Contains("key 'conv.weight' is missing from the file", error.Message);
    }

    [Fact]
    public void AForbiddenGlobalIsRefusedWithoutRunningIt()
    {
        using var folder = new TempFolder();
        var archive = folder.File("zip.pth");
        var raw = folder.File("raw.pth");
        CraftedPickle.WriteArchive(archive, CraftedPickle.OsSystem());
        File.WriteAllBytes(raw, CraftedPickle.OsSystem());

        foreach (var path in new[] { archive, raw })
        {
            using var net = new TinyNet();
            var error = Assert.Throws<DataFileException>(() => StateDictLoader.Load(net, path));
            Assert.Contains("global 'os.system' is not allowed", error.Message);
        }
        Assert.False(File.Exists("pwned"), "Expected nothing in the pickle to run.");
    }

    [Fact]
    public void ATensorReachingPastItsStorageIsRefused()
    {
        using var folder = new TempFolder();
        var path = folder.File("overrun.pth");
        CraftedPickle.WriteArchive(path, CraftedPickle.OneTensor(2, 200), new byte[8]);
        using var net = new TinyNet();

        var error = Assert.Throws<DataFileException>(() => StateDictLoader.Load(net, path));

        Assert.Contains("tensor 'w' reaches element 199 of a storage of 2", error.Message);
    }

    [Fact]
    public void AStorageShorterThanDeclaredIsRefused()
    {
        using var folder = new TempFolder();
        var path = folder.File("short.pth");
        CraftedPickle.WriteArchive(path, CraftedPickle.OneTensor(4, 4), new byte[8]);
        using var net = new TinyNet();

        var error = Assert.Throws<DataFileException>(() => StateDictLoader.Load(net, path));

        Assert.Contains("storage '0' should hold 16 bytes, the archive has 8", error.Message);
    }

    [Theory]
    [InlineData(new byte[] { 1, 2, 3, 4, 5 }, "neither a PyTorch zip archive nor a legacy pickle")]
    [InlineData(new byte[] { }, "neither a PyTorch zip archive nor a legacy pickle")]
    [InlineData(new byte[] { 0x80, 0x02, (byte)'X', 0xf0, 0xff, 0xff, 0x7f }, "bytes announced")]
    [InlineData(new byte[] { 0x80, 0x02, (byte)'(', (byte)'(', (byte)'(' }, "truncated")]
    [InlineData(new byte[] { 0x80, 0x02, (byte)'i', (byte)'.' }, "opcode 0x69")]
    [InlineData(new byte[] { 0x80, 0x02, (byte)'h', 7, (byte)'.' }, "memo entry 7")]
    [InlineData(new byte[] { 0x80, 0x02, (byte)'R', (byte)'.' }, "stack is empty")]
    [InlineData(new byte[] { 0x80, 0x02, (byte)'c', (byte)'o', (byte)'s' }, "no end of line")]
    public void MalformedPicklesGiveAClearError(byte[] bytes, string problem)
    {
        using var folder = new TempFolder();
        var path = folder.File("bad.pth");
        File.WriteAllBytes(path, bytes);
        using var net = new TinyNet();

        var error = Assert.Throws<DataFileException>(() => StateDictLoader.Load(net, path));

        Assert.Contains(problem, error.Message);
        Assert.StartsWith(path, error.Message);
    }

    [Fact]
    public void AMissingFileIsNamed()
    {
        using var net = new TinyNet();

        var error = Assert.Throws<DataFileException>(
            () => StateDictLoader.Load(net, "/nonexistent/weights.pth"));

        Assert.Contains("/nonexistent/weights.pth: weight file not found", error.Message);
    }

    [Fact]
    public void AFailedLoadLeavesTheModelUnchanged()
    {
        using var net = new TinyNet(convOutputs: 5);
        using var before = net.state_dict()["fc.weight"].clone();

        Assert.Throws<DataFileException>(
            () => StateDictLoader.Load(net, ReferenceFixture.PathOf("tiny-zip.pth")));

        var after = net.state_dict()["fc.weight"];
        Assert.True(before.equal(after).all().item<bool>(), "Expected fc.weight untouched.");
    }
}
