/** Entry of `npm run doctor`: prints the report; exit code 1 when something blocks the workshop. */
import { formatReport, runDoctor } from './run-doctor';

const report = await runDoctor();
process.stdout.write(`\nWorkshop doctor\n\n${formatReport(report)}\n\n`);
process.exit(report.ok ? 0 : 1);
