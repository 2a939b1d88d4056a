using ProcurementKit.Bench.Generator;

return GeneratorApp.Run(args);
