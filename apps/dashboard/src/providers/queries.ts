import { useQuery } from '@tanstack/react-query';
import type { ProcessDefinition, RulesOfProcedure, SteeringGroup } from '../types';
import { api } from './http';

/*
 * The API's answers that are not react-admin resources, cached by the same query client react-admin
 * uses, so react-admin's refresh button (which invalidates every query) refreshes them too.
 */

export const DEFINITIONS_KEY = ['gremium', 'process-definitions'] as const;

/** Every process definition with its state and command labels and payload schemas; they change only on deploy. */
export const useDefinitions = () =>
  useQuery({
    queryKey: DEFINITIONS_KEY,
    queryFn: async ({ signal }) =>
      (
        await api<ProcessDefinition[]>(`process-definitions?range=${encodeURIComponent('[0,999]')}`, {
          signal,
        })
      ).body,
    staleTime: Infinity,
  });

export const useSteeringGroup = (date?: string) =>
  useQuery({
    queryKey: ['gremium', 'steering-group', date ?? 'today'],
    queryFn: async ({ signal }) =>
      (
        await api<SteeringGroup>(`steering-group${date ? `?date=${encodeURIComponent(date)}` : ''}`, {
          signal,
        })
      ).body,
  });

export const SETTINGS_KEY = ['gremium', 'settings'] as const;

export const useRules = () =>
  useQuery({
    queryKey: SETTINGS_KEY,
    queryFn: async ({ signal }) => (await api<RulesOfProcedure>('settings', { signal })).body,
  });

/** The process's Mermaid diagram with its current state marked (text/plain). */
export const useDiagram = (processId: string | undefined, version: unknown) =>
  useQuery({
    queryKey: ['gremium', 'diagram', processId, version],
    queryFn: async ({ signal }) =>
      (await api<string>(`processes/${encodeURIComponent(String(processId))}/diagram`, { signal })).body,
    enabled: processId !== undefined,
  });

export interface ChainCheck {
  valid: boolean;
  count: number;
  brokenAtSeq: number | null;
}

export const useChainCheck = (processId: string | undefined, enabled: boolean) =>
  useQuery({
    queryKey: ['gremium', 'audit-verify', processId],
    queryFn: async ({ signal }) =>
      (
        await api<ChainCheck>(`audit-events/verify?processId=${encodeURIComponent(String(processId))}`, {
          signal,
        })
      ).body,
    enabled: enabled && processId !== undefined,
  });
