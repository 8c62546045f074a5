using GanNotebooks.Data;
using GanNotebooks.Metrics;
using GanNotebooks.Tests.Data;

namespace GanNotebooks.Tests.Metrics.Extractors;

/// <summary>
/// Damages the torch.save files at random places: each must either load or raise the
/// loader's one documented exception, never another exception, a crash or a hang.
/// </summary>
public sealed class StateDictFuzzTests
{
    [Theory]
    [InlineData("tiny-zip.pth")]
    [InlineData("tiny-legacy.pth")]
    public void DamagedFilesLoadOrGiveTheDocumentedError(string file)
    {
        var original = File.ReadAllBytes(ReferenceFixture.PathOf(file));
        var random = new Random(20261204);
        using var folder = new TempFolder();
        int rejected = 0;

        for (int trial = 0; trial < 300; trial++)
        {
            var bytes = (byte[])original.Clone();
            int flips = 1 + random.Next(4);
            for (int f = 0; f < flips; f++)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }
            var path = folder.File($"damaged-{trial}.pth");
            File.WriteAllBytes(path, bytes);
            using var net = new TinyNet();

            try
            {
                StateDictLoader.Load(net, path);
            }
            catch (DataFileException e)
            {
                Assert.StartsWith(path, e.Message);
                rejected++;
            }
        }

        Assert.True(rejected > 0, "Expected some damaged files to be rejected.");
    }
}
