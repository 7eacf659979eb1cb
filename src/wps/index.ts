/** The WPS door: its host, the port it runs over, its self-test. */
export { WpsHost } from "./host";
export { WpsDoorError } from "./errors";
export type { EtPort } from "./port";
