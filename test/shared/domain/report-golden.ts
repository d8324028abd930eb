/**
 * SHA-256 of the report JSON of each case in `report-cases.ts`, as the code gave it before the
 * report's performance work (computed from that code, unchanged since).
 */
export const reportGolden: Record<string, string> = {
  'seed 1, full year': '7b698b010ff375be13042a612500082e88f9acb581d0a5c184ee4a7ee6e3c0a7',
  'seed 7, full year': 'f55f528b65201d7b58f789235c8d86c9dcba6a0bb23b2c5473d94f5f5bc8b012',
  'seed 42, full year': '0342e2d1e35fb4a8e546903d366bdf8dba7cf29da968c5e38f0a8d4178ac5915',
  'seed 2027, full year': '09379a2eed2bb6e2fc1f5206ec1d597a628f7e3fe3c078a54fff619220b6ed26',
  'seed 3, ×3, report mid-year': 'f788b08f97f3e7166bf604bfc6719484add07ba8f8e82df653b229fd1c32e195',
  'seed 5, behind': 'ada9bcf9fb2bf5bfbba6e4aef8cf6bb2d7709c6495a7631925fa1bce6ccc794e',
  'seed 9, apprenticeship': '9ee9fa215770ae4bead62460d239ca74113c13b088a556f2edb0ce96f91e8cc5',
  'seed 11, other offsets and a correction':
    '3cf62733ae5488748180ba81cafff815c76df284a9cc545735c4485bcb101538',
  'seed 12, ×2, a day long after the year':
    '381d5a0f7df7c5cfbfa9a7e4fef924d9363084b0e1dee4d55dc470cef3890601',
};
