// One reactive controller for every query a component watches (results, facets, the browse root):
// it subscribes to a query-core observer while the host is connected, unsubscribes when it is not,
// and re-renders the host with each result. Keys come from the one factory in api/query.ts; a query
// whose key has not changed is left alone, so rendering never touches the cache.
import { hashKey, type QueryKey } from '@tanstack/query-core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What both QueryObserver and InfiniteQueryObserver offer. */
export interface Observer<TResult, TOptions> {
  setOptions(options: TOptions): void;
  getCurrentResult(): TResult;
  subscribe(listener: (result: TResult) => void): () => void;
}

export class QueryController<TResult, TOptions extends { queryKey: QueryKey }> implements ReactiveController {
  /** The latest result; `undefined` while no query is watched. */
  result: TResult | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #create: (options: TOptions) => Observer<TResult, TOptions>;
  readonly #onResult: ((result: TResult) => void) | undefined;
  #observer: Observer<TResult, TOptions> | undefined;
  #key: string | undefined;
  #unsubscribe: (() => void) | undefined;
  #connected = false;

  /** `create` makes the observer for the first options; `onResult` sees every result before the host renders it. */
  constructor(host: ReactiveControllerHost, create: (options: TOptions) => Observer<TResult, TOptions>, onResult?: (result: TResult) => void) {
    this.#host = host;
    this.#create = create;
    this.#onResult = onResult;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#subscribe();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** Watches the query these options describe (served from the cache when seen before); `undefined` stops watching. */
  watch(options: TOptions | undefined): void {
    if (!options) {
      this.#unsubscribe?.();
      this.#unsubscribe = undefined;
      this.#observer = undefined;
      this.#key = undefined;
      if (this.result !== undefined) {
        this.result = undefined;
        this.#host.requestUpdate();
      }
      return;
    }
    const key = hashKey(options.queryKey);
    if (key === this.#key && this.#observer) return;
    this.#key = key;
    if (this.#observer) this.#observer.setOptions(options);
    else this.#observer = this.#create(options);
    this.#subscribe();
    this.#update(this.#observer.getCurrentResult());
  }

  #subscribe(): void {
    if (!this.#connected || !this.#observer || this.#unsubscribe) return;
    this.#unsubscribe = this.#observer.subscribe((result) => this.#update(result));
  }

  #update(result: TResult): void {
    this.result = result;
    this.#onResult?.(result);
    this.#host.requestUpdate();
  }
}
