import { run } from "../../src/cli/main";

void run(process.argv.slice(2));
