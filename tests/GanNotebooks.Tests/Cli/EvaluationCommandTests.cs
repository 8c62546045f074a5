using System.Globalization;
using GanNotebooks.Data;
using GanNotebooks.Display;
using GanNotebooks.Tests.Data;
using GanNotebooks.Tests.Metrics;
using static TorchSharp.torch;

namespace GanNotebooks.Tests.Cli;

public sealed class EvaluationCommandTests
{
    [Fact]
    public void Fid_of_two_npy_arrays_agrees_with_the_scipy_reference()
    {
        using var folder = new TempFolder();
        var reference = MetricsReference.Load();
        using (var first = reference.Matrix("first")) NpyFile.Write(folder.File("a.npy"), first);
        using (var second = reference.Matrix("second")) NpyFile.Write(folder.File("b.npy"), second);

        var (exitCode, output, error) = GanProcess.Run("fid", folder.File("a.npy"), folder.File("b.npy"));

        Assert.True(exitCode == 0, error);
        double fid = double.Parse(output.Split(' ')[1], CultureInfo.InvariantCulture);
        Assert.Equal(reference.Number("fid"), fid, 1e-6 * reference.Number("fid"));
        Assert.Contains("300 and 250 samples of 16 features", output);
    }

    [Fact]
    public void Is_and_kid_of_npy_arrays_agree_with_the_reference()
    {
        using var folder = new TempFolder();
        var reference = MetricsReference.Load();
        using (var p = reference.Matrix("probabilities")) NpyFile.Write(folder.File("p.npy"), p);
        using (var first = reference.Matrix("first")) NpyFile.Write(folder.File("a.npy"), first.narrow(0, 0, 250));
        using (var second = reference.Matrix("second")) NpyFile.Write(folder.File("b.npy"), second);

        var score = GanProcess.Run("is", folder.File("p.npy"), "--splits", "1");
        var kid = GanProcess.Run(
            "kid", folder.File("a.npy"), folder.File("b.npy"), "--subsets", "1", "--subset-size", "250");

        Assert.True(score.ExitCode == 0, score.Error);
        Assert.StartsWith(
            string.Create(CultureInfo.InvariantCulture, $"IS {reference.Number("is_one_split"):F4} ±"), score.Output);
        Assert.True(kid.ExitCode == 0, kid.Error);
        Assert.StartsWith(string.Create(CultureInfo.InvariantCulture,
            $"KID {reference.Number("kid_first_250_second_250"):G6} ±"), kid.Output);
    }

    [Fact]
    public void The_fashion_extractor_reads_png_folders_idx_files_and_checkpoints()
    {
        using var folder = new TempFolder();
        using var test = FashionMnist.Load(DatasetSplit.Test);
        using var first = test.Images.narrow(0, 0, 20);
        using var bytes = first.add(1).mul_(127.5).round_().to_type(ScalarType.Byte);
        byte[] pixels = bytes.data<byte>().ToArray();
        string pngs = Directory.CreateDirectory(folder.File("png")).FullName;
        for (int i = 0; i < 20; i++)
        {
            PngEncoder.Encode(pixels.AsSpan(i * 784, 784), 28, 28).Save(Path.Combine(pngs, $"{i:D2}.png"));
        }

        var features = GanProcess.Run("features", pngs, "-o", folder.File("f.npy"));
        Assert.True(features.ExitCode == 0, features.Error);
        using var written = NpyFile.Read(folder.File("f.npy"));
        using var extractor = GanNotebooks.Metrics.Fashion.FashionFeatures.Load();
        using var expected = extractor.Features(first);
        Assert.Equal([20L, 128L], written.shape);
        Assert.True(written.allclose(expected, rtol: 1e-4, atol: 1e-5));

        string run = folder.File("run");
        var train = GanProcess.Run("train", "--batch-size", "16", "--seed", "5", "-o", run, "--max-steps", "1");
        Assert.True(train.ExitCode == 0, train.Error);
        string checkpoint = Path.Combine(run, "checkpoint.ckpt");
        string idx = Path.Combine(FashionMnist.DefaultFolder, "t10k-images-idx3-ubyte.gz");
        var fid = GanProcess.Run("fid", idx, checkpoint, "--samples", "300");
        var score = GanProcess.Run("is", checkpoint, "--samples", "300", "--splits", "3");

        Assert.True(fid.ExitCode == 0, fid.Error);
        Assert.StartsWith("FID ", fid.Output);
        Assert.Contains("10000 and 300 samples of 128 features", fid.Output);
        Assert.Contains("sampled 300 images from step 1", fid.Error);
        Assert.True(score.ExitCode == 0, score.Error);
        Assert.StartsWith("IS ", score.Output);
    }

    [Fact]
    public void Bad_inputs_give_one_line_and_exit_code_2()
    {
        using var folder = new TempFolder();
        using (var wide = ones(5, 4)) NpyFile.Write(folder.File("wide.npy"), wide);
        using (var narrow = ones(5, 3)) NpyFile.Write(folder.File("narrow.npy"), narrow);
        using (var single = ones(1, 4)) NpyFile.Write(folder.File("single.npy"), single);
        using (var broken = ones(5, 4))
        {
            broken[2, 1] = tensor(float.NaN);
            NpyFile.Write(folder.File("nan.npy"), broken);
        }
        File.WriteAllText(folder.File("garbage.npy"), "not an array");
        Directory.CreateDirectory(folder.File("big"));
        PngEncoder.Encode(new byte[32 * 32], 32, 32).Save(Path.Combine(folder.File("big"), "x.png"));

        Expect("the first has 4, the second 3", "fid", folder.File("wide.npy"), folder.File("narrow.npy"));
        Expect("at least 2 samples of features, found 1", "kid", folder.File("single.npy"), folder.File("wide.npy"));
        Expect("found 1 NaN or infinite values", "fid", folder.File("nan.npy"), folder.File("wide.npy"));
        Expect("no \\x93NUMPY magic string", "fid", folder.File("garbage.npy"), folder.File("wide.npy"));
        Expect("expected a 28x28 image, found 32x32", "features", folder.File("big"), "-o", folder.File("f.npy"));
        Expect("no such file or folder", "fid", folder.File("missing"), folder.File("wide.npy"));
        Expect("gives no class probabilities", "is", folder.File("big"), "--extractor", "resnet18");
        Expect("--samples must be at least 2, found 1", "fid", "a", "b", "--samples", "1");
        Expect("'vgg'", "fid", "a", "b", "--extractor", "vgg");
        Expect("--epochs must be at least 1, found 0.", "train-classifier", "--epochs", "0");
    }

    private static void Expect(string message, params string[] arguments)
    {
        var (exitCode, _, error) = GanProcess.Run(arguments);

        Assert.True(exitCode == 2, $"gan {string.Join(' ', arguments)}: exit {exitCode}, {error}");
        Assert.Contains(message, error);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
