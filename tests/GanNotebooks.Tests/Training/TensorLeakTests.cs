using GanNotebooks.Data;
using GanNotebooks.Models;
using GanNotebooks.Training;
using TorchSharp;

namespace GanNotebooks.Tests.Training;

public sealed class TensorLeakTests
{
    [Fact]
    public void Training_steps_leave_no_tensor_alive_behind_them()
    {
        using var train = FashionMnist.Load(DatasetSplit.Train);
        using var gan = new Gan(GanOptions.Classic with { Model = new ModelOptions(Width: 0.125), Seed = 5 });
        var sampler = new MiniBatchSampler(train, batchSize: 8, seed: 5);
        var live = new List<long>();

        int step = 0;
        foreach (var batch in sampler.Epoch(0).Take(60))
        {
            using (batch) gan.Step(batch.Images);
            if (++step % 20 == 0) live.Add(DisposeScopeManager.Statistics.ThreadTotalLiveCount);
        }

        // Adam creates its state tensors on the first step; after that nothing may accumulate.
        Assert.Equal(live[0], live[1]);
        Assert.Equal(live[0], live[2]);
    }
}
