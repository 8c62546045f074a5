using GanNotebooks.Models;
using GanNotebooks.Training;

namespace GanNotebooks.Tests.Models;

public sealed class DcganInitializationTests
{
    [Fact]
    public void A_new_gan_has_zero_biases_and_weights_with_standard_deviation_0_02()
    {
        using var gan = new Gan(GanOptions.Classic with { Seed = 3 });

        foreach (var network in new TorchSharp.torch.nn.Module[] { gan.Generator, gan.Discriminator })
        {
            foreach (var (name, parameter) in network.named_parameters())
            {
                if (name.EndsWith("bias", StringComparison.Ordinal))
                {
                    Assert.Equal(0, parameter.abs().max().item<float>());
                }
                else if (parameter.numel() > 1000)
                {
                    Assert.InRange(parameter.std().item<float>(), 0.019, 0.021);
                    Assert.InRange(parameter.mean().item<float>(), -0.002, 0.002);
                }
            }
        }
    }
}
