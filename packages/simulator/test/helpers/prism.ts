/**
 * Prism in proxy mode in front of a simulator: it forwards each request and checks the answer
 * against the bundled spec; with `--errors`, an answer that breaks the contract comes back as a
 * 500 listing the violations. Request validation is off so that bad requests reach the simulator
 * (its own error answers are what is being checked).
 */
import { startPrism, type RunningPrism } from "@videogenapi/tooling/prism";

export function startPrismProxy(upstream: string): Promise<RunningPrism> {
  return startPrism({ mode: "proxy", upstream, args: ["--validate-request=false"] });
}
