/** The store contract on MemoryStore, the core's default where no synchronous SQLite exists. */
import { MemoryStore } from "../../src/store/memory.ts";
import { describeStoreContract } from "./contract.ts";

describeStoreContract("MemoryStore", () => ({ store: new MemoryStore() }));
