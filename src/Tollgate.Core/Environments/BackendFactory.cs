using Tollgate.Core.Config;
using Tollgate.Core.Errors;
using Tollgate.Core.Ledger;

namespace Tollgate.Core.Environments;

/// <summary>Creates the environment backend that tollgate.yml selects.</summary>
public static class BackendFactory
{
    public static IEnvironmentBackend Create(TollgateConfig config) => config.Backend.Kind switch
    {
        "local" => new LocalEnvironmentBackend(new LedgerFile(config.Resolve(config.Backend.Ledger))),
        _ => throw new TollgateException(ErrorCodes.ConfigInvalid, $"{config.SourcePath}: backend '{config.Backend.Kind}' is not available in this build.", "Use backend.kind: local."),
    };
}
