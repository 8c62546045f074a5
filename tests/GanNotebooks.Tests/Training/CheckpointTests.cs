using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using GanNotebooks.Tests.Data;
using GanNotebooks.Training;

namespace GanNotebooks.Tests.Training;

public sealed class CheckpointTests(TrainingFixture fixture) : IClassFixture<TrainingFixture>
{
    [Fact]
    public void A_write_that_fails_midway_leaves_the_previous_checkpoint_loadable()
    {
        using var folder = new TempFolder();
        string path = folder.File("run.ckpt");
        using var gan = new Gan(TrainingFixture.Small());
        using var trainer = new Trainer(gan, fixture.Slice, TrainingFixture.Short(path) with { MaxSteps = 5 });
        trainer.Run();
        long goodLength = new FileInfo(path).Length;

        // Take more steps, then let the next write die halfway through the networks' weights.
        using var more = new Trainer(gan, fixture.Slice, TrainingFixture.Short() with { MaxSteps = 8 },
            Checkpoint.Load(path));
        more.Run();
        var newer = Checkpoint.Capture(gan, more.Options, more.Position, more.History);
        var failure = Assert.Throws<IOException>(() =>
            AtomicFile.Write(path, stream => newer.WriteTo(new FailingStream(stream, goodLength / 2))));

        Assert.Contains("Simulated failure", failure.Message);
        Assert.False(File.Exists(path + AtomicFile.TemporarySuffix));
        var old = Checkpoint.Load(path);
        Assert.Equal(5, old.Position.Step);
        Assert.Equal(5, old.History.Count);
        using var restored = old.CreateGan();
        Assert.Equal(5, restored.Steps);
    }

    [Fact]
    public void A_temporary_file_left_by_a_crash_does_not_stop_the_next_save()
    {
        using var folder = new TempFolder();
        string path = folder.File("run.ckpt");
        File.WriteAllBytes(path + AtomicFile.TemporarySuffix, [1, 2, 3]);
        using var gan = new Gan(TrainingFixture.Small());
        using var trainer = new Trainer(gan, fixture.Slice, TrainingFixture.Short(path) with { MaxSteps = 3 });
        trainer.Run();

        Assert.Equal(3, Checkpoint.Load(path).Position.Step);
        Assert.False(File.Exists(path + AtomicFile.TemporarySuffix));
    }

    [Fact]
    public void A_restored_pair_has_the_same_weights_optimiser_state_and_options()
    {
        using var folder = new TempFolder();
        string path = folder.File("run.ckpt");
        using var gan = new Gan(TrainingFixture.Small() with { LearningRate = 3e-4 });
        using var trainer = new Trainer(gan, fixture.Slice, TrainingFixture.Short(path) with { MaxSteps = 4 });
        trainer.Run();

        var checkpoint = Checkpoint.Load(path);
        using var restored = checkpoint.CreateGan();
        Assert.Equal(gan.Options, checkpoint.GanOptions);
        Assert.Equal(trainer.Options, checkpoint.TrainerOptions);
        Assert.Equal(trainer.History, checkpoint.History);
        foreach (var (original, copy) in gan.Generator.parameters().Zip(restored.Generator.parameters()))
            Assert.True(original.equal(copy).all().item<bool>());
        foreach (var (original, copy) in gan.Discriminator.parameters().Zip(restored.Discriminator.parameters()))
            Assert.True(original.equal(copy).all().item<bool>());
    }

    [Fact]
    public void A_checkpoint_from_before_the_discriminator_steps_setting_resumes_with_one_step()
    {
        using var folder = new TempFolder();
        string path = folder.File("old.ckpt");
        using var gan = new Gan(TrainingFixture.Small() with { DiscriminatorSteps = 3 });
        var checkpoint = Checkpoint.Capture(gan, TrainingFixture.Short(), TrainingPosition.Start, []);
        using (var stream = File.Create(path)) checkpoint.WriteTo(stream);
        Assert.Equal(3, Checkpoint.Load(path).GanOptions.DiscriminatorSteps);

        // Rewrite the file as an older build wrote it: the same content without the setting.
        byte[] file = File.ReadAllBytes(path);
        int header = 8 + sizeof(int) + sizeof(long);
        using var content = new MemoryStream(file, header, file.Length - header - 32);
        using var reader = new BinaryReader(content);
        string json = reader.ReadString();
        string older = Regex.Replace(json, "\"DiscriminatorSteps\":3,?", "");
        Assert.NotEqual(json, older);
        byte[] rest = reader.ReadBytes((int)(content.Length - content.Position));
        using var rewritten = new MemoryStream();
        using (var writer = new BinaryWriter(rewritten, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(older);
            writer.Write(rest);
        }
        byte[] body = rewritten.ToArray();
        using (var output = File.Create(path))
        using (var writer = new BinaryWriter(output))
        {
            writer.Write(file.AsSpan(0, 8 + sizeof(int)));
            writer.Write((long)body.Length);
            writer.Write(body);
            writer.Write(SHA256.HashData(body));
        }

        var loaded = Checkpoint.Load(path);
        Assert.Equal(1, loaded.GanOptions.DiscriminatorSteps);
        Assert.Equal(gan.Options with { DiscriminatorSteps = 1 }, loaded.GanOptions);
    }

    [Fact]
    public void Truncated_corrupt_and_foreign_files_are_refused_with_a_reason()
    {
        using var folder = new TempFolder();
        string path = folder.File("run.ckpt");
        using var gan = new Gan(TrainingFixture.Small());
        Checkpoint.Capture(gan, TrainingFixture.Short(), TrainingPosition.Start, []).Save(path);
        byte[] good = File.ReadAllBytes(path);

        File.WriteAllBytes(path, good[..(good.Length / 2)]);
        Assert.Contains("truncated", Assert.Throws<InvalidDataException>(() => Checkpoint.Load(path)).Message);

        byte[] flipped = (byte[])good.Clone();
        flipped[good.Length / 2] ^= 0xFF;
        File.WriteAllBytes(path, flipped);
        Assert.Contains("SHA-256", Assert.Throws<InvalidDataException>(() => Checkpoint.Load(path)).Message);

        File.WriteAllText(path, "step,loss\n1,0.5\n");
        Assert.Contains("not a GanNotebooks checkpoint",
            Assert.Throws<InvalidDataException>(() => Checkpoint.Load(path)).Message);

        Assert.Throws<FileNotFoundException>(() => Checkpoint.Load(folder.File("missing.ckpt")));
    }
}
