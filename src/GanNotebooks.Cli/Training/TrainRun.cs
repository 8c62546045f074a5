using System.Text.Json;
using GanNotebooks.Data;
using GanNotebooks.Models;
using GanNotebooks.Training;

namespace GanNotebooks.Cli.Training;

/// <summary>
/// What <c>gan train</c> needs beyond the checkpoint to resume a run: the mode and which
/// images it trains on. Kept as <c>run.json</c> in the output folder.
/// </summary>
/// <param name="Mode">quick or full.</param>
/// <param name="DataFolder">The Fashion-MNIST folder.</param>
/// <param name="Images">How many of the training images, from the first.</param>
public sealed record TrainRun(string Mode, string DataFolder, int Images)
{
    /// <summary>The file name inside the output folder.</summary>
    public const string FileName = "run.json";

    /// <summary>Images a quick run trains on.</summary>
    public const int QuickImages = 6400;

    /// <summary>The networks' settings of a mode.</summary>
    /// <param name="mode">quick (width 0.25) or full (the classic sizes).</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The settings.</returns>
    public static GanOptions GanOptionsFor(string mode, long seed) => GanOptions.Classic with
    {
        Model = mode == "quick" ? new ModelOptions(Width: 0.25) : new ModelOptions(),
        Seed = seed,
    };

    /// <summary>Loads the run's images: the training split, cut to <see cref="Images"/>.</summary>
    /// <returns>The dataset; the caller disposes it.</returns>
    public ImageDataset LoadImages()
    {
        var train = FashionMnist.Load(DatasetSplit.Train, DataFolder);
        if (Images >= train.Count) return train;
        using (train) return train.Take(Images);
    }

    /// <summary>Writes <c>run.json</c>.</summary>
    /// <param name="folder">The output folder.</param>
    public void Save(string folder) =>
        AtomicFile.Write(Path.Combine(folder, FileName), s => JsonSerializer.Serialize(s, this));

    /// <summary>Reads <c>run.json</c>.</summary>
    /// <param name="folder">The output folder.</param>
    /// <returns>The run.</returns>
    /// <exception cref="InvalidOperationException">The file is missing or unreadable.</exception>
    public static TrainRun Load(string folder)
    {
        string path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"--resume: expected {FileName} and checkpoint.ckpt in '{folder}', found no {FileName}; "
                + "start the run without --resume first.");
        }
        return JsonSerializer.Deserialize<TrainRun>(File.ReadAllText(path))
            ?? throw new InvalidDataException($"'{path}' holds no run settings.");
    }
}
