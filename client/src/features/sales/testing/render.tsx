import { signInAs } from '@/testing/render';

export { answer, directory, Location, renderWithApp, stubGet, stubPost } from '@/testing/render';

/** Signs a test user in; by default with this feature's read and write permissions. */
export const signIn = (permissions: string[] = ['sales.read', 'sales.write']) => signInAs(permissions);
