export async function main() { console.error("check-host: not built yet"); return 2; }
