/** The signed-in user as this app knows them (a real app reads it from its session). */
export interface User {
  id: string;
  email: string;
  role: 'admin' | 'member';
  signedUpAt: string;
  company: { id: string; name: string; plan: 'free' | 'business'; seats: number };
}

export const signedInUser: User = {
  id: 'user-42',
  email: 'aiko@acme.example',
  role: 'admin',
  signedUpAt: '2026-11-02',
  company: { id: 'acme', name: 'Acme KK', plan: 'business', seats: 25 },
};
