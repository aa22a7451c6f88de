import { describe, expect, it } from "vitest";
import { serviceUrl } from "./startup.ts";

describe("serviceUrl", () => {
  it("points CLIs at loopback when the service listens on every address", () => {
    expect(serviceUrl("0.0.0.0", 4200)).toBe("http://127.0.0.1:4200");
    expect(serviceUrl("::", 4200)).toBe("http://127.0.0.1:4200");
    expect(serviceUrl("localhost", 4200)).toBe("http://127.0.0.1:4200");
  });
  it("uses the one address the service listens on otherwise", () => {
    expect(serviceUrl("127.0.0.1", 4201)).toBe("http://127.0.0.1:4201");
    expect(serviceUrl("10.1.2.3", 4201)).toBe("http://10.1.2.3:4201");
    expect(serviceUrl("::1", 4201)).toBe("http://[::1]:4201");
  });
});
