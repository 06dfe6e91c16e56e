return await Sitrep.Cli.SitrepApp.RunAsync(args, Console.Out, Console.Error);
