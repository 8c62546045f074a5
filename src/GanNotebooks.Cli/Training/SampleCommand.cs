using System.CommandLine;
using GanNotebooks.Display;
using GanNotebooks.Training;
using static TorchSharp.torch;

namespace GanNotebooks.Cli.Training;

/// <summary><c>gan sample</c>: a PNG grid of images from a checkpoint's generator.</summary>
public static class SampleCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The <c>sample</c> command.</returns>
    public static Command Create()
    {
        var checkpoint = new Option<string>("--checkpoint", "-c")
        {
            Description = "A checkpoint written by gan train",
            Required = true,
        };
        var count = new Option<int>("-n", "--count")
        {
            Description = "Images in the grid",
            DefaultValueFactory = _ => 64,
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The PNG file to write",
            DefaultValueFactory = _ => "grid.png",
        };
        var seed = new Option<long>("--seed")
        {
            Description = "Seeds the latent vectors",
            DefaultValueFactory = _ => 1,
        };
        var command = new Command("sample", "Write a PNG grid of generated images from a checkpoint")
        {
            checkpoint, count, output, seed,
        };
        command.SetAction(result => Run(
            result.GetValue(checkpoint)!, result.GetValue(count), result.GetValue(output)!,
            result.GetValue(seed)));
        return command;
    }

    private static int Run(string path, int count, string output, long seed)
    {
        if (count is < 1 or > 1024) throw new ArgumentException($"-n must be from 1 to 1024, found {count}.");
        var checkpoint = Checkpoint.Load(path);
        using var gan = checkpoint.CreateGan();
        using var latentRandom = new TorchSharp.torch.Generator((ulong)seed);
        using var scope = NewDisposeScope();
        var latent = randn(count, gan.Options.Model.LatentSize, generator: latentRandom);
        var grid = ImageGrid.ToPng(gan.Generate(latent));

        string full = Path.GetFullPath(output);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        grid.Save(full);
        Console.WriteLine(
            $"{count} images from step {checkpoint.Position.Step} of {path} -> {full} ({grid})");
        return 0;
    }
}
