using GanNotebooks.Tests.Data;
using GanNotebooks.Training;

namespace GanNotebooks.Tests.Cli;

public sealed class TrainCommandTests
{
    private static readonly string[] Small = ["--batch-size", "16", "--seed", "5", "--checkpoint-every", "3"];

    [Fact]
    public void A_run_stopped_and_resumed_writes_the_same_metrics_as_one_run_and_samples_a_grid()
    {
        using var folder = new TempFolder();
        string stopped = folder.File("stopped"), whole = folder.File("whole");

        var first = GanProcess.Run(["train", .. Small, "-o", stopped, "--max-steps", "5"]);
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("starting: 5 steps", first.Output);
        var resumed = GanProcess.Run(["train", "--resume", "-o", stopped, "--max-steps", "12"]);
        Assert.True(resumed.ExitCode == 0, resumed.Error);
        Assert.Contains("resuming after step 5 (epoch 0, batch 5) of 12", resumed.Output);
        var once = GanProcess.Run(["train", .. Small, "-o", whole, "--max-steps", "12"]);
        Assert.True(once.ExitCode == 0, once.Error);

        string expected = File.ReadAllText(Path.Combine(whole, "metrics.csv"));
        Assert.Equal(13, expected.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(expected, File.ReadAllText(Path.Combine(stopped, "metrics.csv")));
        Assert.Equal(12, Checkpoint.Load(Path.Combine(stopped, "checkpoint.ckpt")).Position.Step);

        string grid = folder.File("grid.png");
        var sample = GanProcess.Run(
            ["sample", "--checkpoint", Path.Combine(whole, "checkpoint.ckpt"), "-n", "16", "-o", grid]);
        Assert.True(sample.ExitCode == 0, sample.Error);
        // 4 x 4 images of 56 pixels (28 at scale 2) with 2 pixels of padding around each.
        Assert.Contains("PNG 234x234", sample.Output);
        Assert.Equal(0x89, File.ReadAllBytes(grid)[0]);
    }

    [Fact]
    public void A_killed_run_resumes_from_its_last_checkpoint_and_stops_at_its_own_step_limit()
    {
        using var folder = new TempFolder();
        string killed = folder.File("killed"), whole = folder.File("whole");
        string[] run = ["train", .. Small, "--max-steps", "30"];

        using (var process = GanProcess.Start([.. run, "-o", killed]))
        {
            // Killed (SIGKILL, no chance to clean up) as soon as the first checkpoint is on disk.
            string first = Path.Combine(killed, "checkpoint.ckpt");
            while (!File.Exists(first) && !process.HasExited) Thread.Sleep(10);
            if (!process.HasExited) process.Kill();
            process.WaitForExit();
        }
        var resumed = GanProcess.Run(["train", "--resume", "-o", killed]);
        Assert.True(resumed.ExitCode == 0, resumed.Error);
        Assert.Contains("resuming after step", resumed.Output);
        var once = GanProcess.Run([.. run, "-o", whole]);
        Assert.True(once.ExitCode == 0, once.Error);

        Assert.Equal(30, Checkpoint.Load(Path.Combine(killed, "checkpoint.ckpt")).Position.Step);
        Assert.Equal(
            File.ReadAllText(Path.Combine(whole, "metrics.csv")),
            File.ReadAllText(Path.Combine(killed, "metrics.csv")));
    }

    [Theory]
    [InlineData("--epochs must be at least 1, found 0.", "train", "--epochs", "0")]
    [InlineData("--batch-size must be at least 1, found -3.", "train", "--batch-size", "-3")]
    [InlineData("'medium'", "train", "--mode", "medium")]
    [InlineData("--checkpoint", "sample")]
    [InlineData("-n must be from 1 to 1024, found 0.", "sample", "-c", "x.ckpt", "-n", "0")]
    [InlineData("No checkpoint at 'missing.ckpt'.", "sample", "-c", "missing.ckpt")]
    public void Bad_arguments_give_one_line_and_exit_code_2(string message, params string[] arguments)
    {
        var (exitCode, _, error) = GanProcess.Run(arguments);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, error);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Resume_without_a_run_and_a_second_start_over_a_run_are_refused()
    {
        using var folder = new TempFolder();
        var resume = GanProcess.Run(["train", "--resume", "-o", folder.Path]);
        Assert.Equal(2, resume.ExitCode);
        Assert.Contains("found no run.json", resume.Error);

        Assert.Equal(0, GanProcess.Run(["train", .. Small, "-o", folder.Path, "--max-steps", "1"]).ExitCode);
        var again = GanProcess.Run(["train", .. Small, "-o", folder.Path, "--max-steps", "1"]);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already holds a run; pass --resume", again.Error);
        var mismatch = GanProcess.Run(["train", "--resume", "-o", folder.Path, "--seed", "6"]);
        Assert.Equal(2, mismatch.ExitCode);
        Assert.Contains("--seed 6 does not match", mismatch.Error);
    }
}
