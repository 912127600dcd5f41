using System.CommandLine;
using Tollgate.Core.Environments;
using Tollgate.Core.Errors;
using Tollgate.Core.Ledger;

namespace Tollgate.Cli.Commands;

/// <summary><c>tollgate ledger verify</c>: check the ledger's hash chain.</summary>
internal static class LedgerCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var json = CommonOptions.Json();
        var verify = new Command("verify", "Check every record's hash and the chain; fails if the ledger was edited.") { config, json };
        verify.SetHandler(parse =>
        {
            var context = CliContext.Load(parse, config);
            // The backend's own ledger (the file, or the git ledger ref freshly fetched); the file for the GitHub backend.
            ILedger ledger = context.Backend is LocalEnvironmentBackend backend ? backend.Ledger : new LedgerFile(context.Config.Resolve(context.Config.Backend.Ledger));
            try
            {
                var count = ledger.Verify();
                if (parse.GetValue(json))
                {
                    CliContext.WriteJson(new { ledger = ledger.Location, backend = ledger.Kind, valid = true, records = count });
                }
                else
                {
                    Console.WriteLine($"Ledger {ledger.Location} ({ledger.Kind}): {count} records, hash chain intact.");
                }

                return 0;
            }
            catch (TollgateException ex) when (ex.Code == ErrorCodes.LedgerCorrupt)
            {
                if (parse.GetValue(json))
                {
                    JsonOutput.Write(new { ledger = ledger.Location, backend = ledger.Kind, valid = false, error = new { code = ex.Code, message = ex.Message, fix = ex.Hint } }, 1);
                }

                Console.Error.WriteLine($"error {ex.Code}: {ex.Message}");
                Console.Error.WriteLine($"  fix: {ex.Hint ?? "Restore .tollgate/ledger.jsonl from version control or a backup; never edit it by hand."}");
                return 1;
            }
        });
        return new Command("ledger", "Inspect the local deployment ledger.") { verify };
    }
}
